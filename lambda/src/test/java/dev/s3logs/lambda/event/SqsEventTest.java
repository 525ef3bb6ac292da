package dev.s3logs.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.lambda.SampleEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsEventTest {

  @Test
  void readsTheMessagesOfAwsSampleEvent() throws IOException {
    List<SqsMessage> messages = SqsEvent.read(stream(
        SampleEvents.resource("sqs-receive-message.json")));
    assertThat(messages).containsExactly(
        new SqsMessage("059f36b4-87a3-44ab-83d2-661975830a7d", "Test message.",
            "arn:aws:sqs:us-east-2:123456789012:my-queue"),
        new SqsMessage("2e1424d4-f796-459a-8184-9c92662be6da", "Test message.",
            "arn:aws:sqs:us-east-2:123456789012:my-queue"));
  }

  @Test
  void aMissingBodyIsEmptyForTheMessageToFailOnItsOwn() throws IOException {
    String event = "{\"Records\":[{\"messageId\":\"m1\",\"eventSource\":\"aws:sqs\"}]}";
    assertThat(SqsEvent.read(stream(event))).containsExactly(new SqsMessage("m1", "", ""));
  }

  @Test
  void eventsThatAreNotSqsEventsAreMalformedWithTheReason() {
    assertThatThrownBy(() -> SqsEvent.read(stream("not json")))
        .isInstanceOf(MalformedEventException.class).hasMessageStartingWith(
            "the SQS event is not JSON: Unrecognized token 'not'");
    assertThatThrownBy(() -> SqsEvent.read(stream(SampleEvents.eventBridge("b", "k"))))
        .hasMessageStartingWith("the event has no Records array: not an SQS event");
    assertThatThrownBy(() -> SqsEvent.read(stream(SampleEvents.s3Put("b", "k"))))
        .hasMessage("record 1 of the event is not an SQS message (eventSource 'aws:s3',"
            + " messageId '')");
    assertThatThrownBy(() -> SqsEvent.read(stream("[]")))
        .hasMessage("the SQS event is not a JSON object");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
