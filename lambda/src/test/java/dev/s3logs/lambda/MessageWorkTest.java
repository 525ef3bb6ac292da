package dev.s3logs.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.lambda.event.Continuation;
import dev.s3logs.lambda.event.SqsMessage;
import dev.s3logs.source.notification.KeyFilter;
import dev.s3logs.source.s3.S3Position;
import dev.s3logs.source.s3.S3Position.Encoding;
import dev.s3logs.testing.S3Notifications;
import org.junit.jupiter.api.Test;

class MessageWorkTest {

  private static final String KEY = "logs/2024-03-01-00-00-00-A b+c";
  private static final S3Position START = S3Position.start("access-logs", KEY);

  @Test
  void everyNotificationThatRunReadsNamesItsObjectFromTheStart() {
    assertThat(read(S3Notifications.direct("access-logs", KEY, 10)).starts())
        .containsExactly(START);
    assertThat(read(S3Notifications.viaSns("access-logs", KEY, 10)).starts())
        .containsExactly(START);
    assertThat(read(S3Notifications.eventBridge("access-logs", KEY, 10)).starts())
        .containsExactly(START);
    assertThat(read(SampleEvents.s3Put("access-logs", KEY)).starts()).containsExactly(START);
  }

  @Test
  void aContinuationNamesTheRestOfItsObject() {
    S3Position rest = new S3Position("access-logs", KEY, "\"e\"", 1234, Encoding.PLAIN);
    MessageWork work = read(Continuation.body(rest));
    assertThat(work.starts()).containsExactly(rest);
    assertThat(work.unreadable()).isNull();
  }

  @Test
  void theTestEventAndKeysOutsideTheFilterAskForNothing() {
    MessageWork test = read(S3Notifications.testEvent("access-logs"));
    assertThat(test.starts()).isEmpty();
    assertThat(test.unreadable()).isNull();
    MessageWork filtered = MessageWork.read(message(S3Notifications.direct("access-logs", KEY,
        10)), KeyFilter.of("other/", null));
    assertThat(filtered.starts()).isEmpty();
    assertThat(filtered.unreadable()).isNull();
  }

  @Test
  void whatIsNeitherIsUnreadableWithTheReason() {
    assertThat(read("Test message.").unreadable()).startsWith("not a notification: not JSON");
    assertThat(read("{\"s3logs\":\"continue\",\"version\":1}").unreadable())
        .isEqualTo("continuation without bucket, key or offset");
    assertThat(read("{\"s3logs\":\"continue\",\"version\":1}").starts()).isEmpty();
  }

  private static MessageWork read(String body) {
    return MessageWork.read(message(body), KeyFilter.ALL);
  }

  private static SqsMessage message(String body) {
    return new SqsMessage("m", body, "arn:aws:sqs:us-east-1:123456789012:q");
  }
}
