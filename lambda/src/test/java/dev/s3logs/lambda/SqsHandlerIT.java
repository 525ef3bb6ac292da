package dev.s3logs.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.lambda.SampleEvents.Message;
import dev.s3logs.lambda.emulator.EventSourceMapping;
import dev.s3logs.lambda.emulator.LambdaFunction;
import dev.s3logs.lambda.emulator.Outcome;
import dev.s3logs.testing.S3Notifications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The SqsHandler run by the real runtime interface client from the built jar, on SQS events as
 * the event source mapping sends them (AWS's sample event, filled in), reading S3Proxy and
 * writing to OpenSearch with SigV4 and a session token.
 */
class SqsHandlerIT {

  private static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:access-logs";
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @Test
  void everyNotificationOfABatchIsStoredWithEveryRequestSignedWithTheToken() {
    String bucket = "lambda-sqs-batch";
    GeneratedLog plain = GeneratedLog.of(2000, 1);
    GeneratedLog gzip = GeneratedLog.of(3000, 2);
    GeneratedLog odd = GeneratedLog.of(500, 3);
    try (FunctionFixture fixture = new FunctionFixture("lambda-sqs-batch");
        LambdaFunction function = fixture.start("SqsHandler", "sqs-batch")) {
      fixture.put(bucket, "logs/2026-11-01-00-00-00-PLAIN", plain.text());
      fixture.put(bucket, "logs/2026-11-01-00-00-00-GZIP", gzip.gzipped());
      fixture.put(bucket, "logs/with space+plus", odd.text());
      fixture.put(bucket, "logs/public-samples", Corpus.publicSamples());
      String event = SampleEvents.sqs(QUEUE_ARN, List.of(
          new Message("m-direct", S3Notifications.direct(bucket,
              "logs/2026-11-01-00-00-00-PLAIN", 1)),
          new Message("m-sns", S3Notifications.viaSns(bucket, "logs/2026-11-01-00-00-00-GZIP", 1)),
          new Message("m-eventbridge", S3Notifications.eventBridge(bucket, "logs/with space+plus",
              1)),
          new Message("m-corpus", S3Notifications.direct(bucket, "logs/public-samples", 1))));
      Outcome outcome = function.invoke(event, TIMEOUT);
      assertThat(outcome.failed()).as(function.log()).isFalse();
      assertThat(outcome.body()).isEqualTo("{\"batchItemFailures\":[]}");
      // The corpus's one line that does not parse is in the dead-letter index: its message is
      // done all the same.
      assertThat(fixture.documents()).isEqualTo(plain.distinct() + gzip.distinct()
          + odd.distinct() + 80);
      assertThat(function.log()).contains("4 messages (0 failed, 0 continued), 4 objects, 5580"
          + " lines: 5579 stored (0 already there), 1 failed to parse, 0 refused");
      assertThat(fixture.verifier.rejections()).isEmpty();
      // engine detection, template checks, bulk requests
      assertThat(fixture.verifier.accepted()).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void onlyTheMessagesOfAMissingObjectAndOfNoNotificationFail() {
    String bucket = "lambda-sqs-failures";
    GeneratedLog log = GeneratedLog.of(1000, 4);
    try (FunctionFixture fixture = new FunctionFixture("lambda-sqs-failures");
        LambdaFunction function = fixture.start("SqsHandler", "sqs-failures")) {
      fixture.put(bucket, "logs/present", log.text());
      String event = SampleEvents.sqs(QUEUE_ARN, List.of(
          new Message("m-present", S3Notifications.direct(bucket, "logs/present", 1)),
          new Message("m-missing", S3Notifications.direct(bucket, "logs/missing", 1)),
          new Message("m-sample", "Test message."),
          new Message("m-test-event", S3Notifications.testEvent(bucket))));
      Outcome outcome = function.invoke(event, TIMEOUT);
      assertThat(EventSourceMapping.failedIds(outcome.body()))
          .containsExactly("m-missing", "m-sample");
      assertThat(fixture.documents()).isEqualTo(log.distinct());
      assertThat(function.log())
          .contains("message m-missing stays on the queue: cannot read s3://" + bucket
              + "/logs/missing: no such object")
          .contains("message m-sample stays on the queue: not a notification: not JSON")
          .doesNotContain("\tat ");
    }
  }

  /**
   * Init and the first invocation (engine detection, the templates' check, the event, its three
   * kinds of notification, the answer) load no ObjectMapper, whose first use costs a cold start
   * about 0.2 s. A first start installs the templates, as setup (which uses one) runs once.
   */
  @Test
  void initAndTheFirstInvocationLoadNoObjectMapper() throws IOException {
    String bucket = "lambda-sqs-classes";
    Path classes = Path.of("target", "lambda-logs", "sqs-classes-loaded.log").toAbsolutePath();
    try (FunctionFixture fixture = new FunctionFixture("lambda-sqs-classes")) {
      fixture.put(bucket, "logs/one", GeneratedLog.of(100, 7).text());
      String event = SampleEvents.sqs(QUEUE_ARN, List.of(
          new Message("m-direct", S3Notifications.direct(bucket, "logs/one", 1)),
          new Message("m-sns", S3Notifications.viaSns(bucket, "logs/one", 1)),
          new Message("m-eventbridge", S3Notifications.eventBridge(bucket, "logs/one", 1))));
      try (LambdaFunction installing = fixture.start("SqsHandler", "sqs-classes-setup")) {
        assertThat(installing.invoke(event, TIMEOUT).failed()).as(installing.log()).isFalse();
      }
      Files.deleteIfExists(classes);
      try (LambdaFunction function = fixture.start("SqsHandler", "sqs-classes",
          "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes)) {
        assertThat(function.invoke(event, TIMEOUT).body()).as(function.log())
            .isEqualTo("{\"batchItemFailures\":[]}");
      }
      assertThat(Files.readAllLines(classes)).as("classes loaded, in " + classes)
          .anyMatch(line -> line.contains(" dev.s3logs.sink.search.EngineDetection "))
          .anyMatch(line -> line.contains(" dev.s3logs.source.notification.EventBridgeEvent "))
          .anyMatch(line -> line.contains(" dev.s3logs.lambda.event.BatchResponse "))
          .noneMatch(line -> line.contains(" com.fasterxml.jackson.databind.ObjectMapper "));
    }
  }

  /**
   * Invocations of three seconds keeping two for storing: each reads a part of the objects and
   * leaves the rest on the queue, until every line is stored; each line is read exactly once,
   * the plain object's rest with a ranged GET, the gzip one's by skipping what was read.
   */
  @Test
  void largeObjectsAreContinuedThroughTheQueueUntilEveryLineIsStoredOnce() {
    String bucket = "lambda-sqs-large";
    GeneratedLog plain = GeneratedLog.of(25_000, 5);
    GeneratedLog gzip = GeneratedLog.of(25_000, 6);
    try (FunctionFixture fixture = new FunctionFixture("lambda-sqs-large");
        LambdaFunction function = fixture.start("SqsHandler", "sqs-large",
            "S3LOGS_TIME_MARGIN", "2", "S3LOGS_THREADS", "1", "S3LOGS_BULK_SIZE", "1mb")) {
      fixture.put(bucket, "logs/large-plain", plain.text());
      fixture.put(bucket, "logs/large-gzip", gzip.gzipped());
      String queue = fixture.sqs.createQueue("lambda-sqs-large",
          Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "120"));
      fixture.sqs.send(queue, S3Notifications.direct(bucket, "logs/large-plain", 1));
      fixture.sqs.send(queue, S3Notifications.direct(bucket, "logs/large-gzip", 1));
      EventSourceMapping mapping = new EventSourceMapping(fixture.sqs.client(), queue, function);
      List<String> continued = new ArrayList<>();
      int invocations = 0;
      for (Optional<EventSourceMapping.Poll> poll = mapping.poll(Duration.ofSeconds(3));
          poll.isPresent() && invocations < 60; poll = mapping.poll(Duration.ofSeconds(3))) {
        invocations++;
        assertThat(poll.get().failed()).as(function.log()).isEmpty();
        poll.get().messages().stream().map(m -> m.body())
            .filter(body -> body.contains("\"s3logs\":\"continue\"")).forEach(continued::add);
      }
      assertThat(fixture.sqs.approximateCount(queue)).as(function.log()).isZero();
      assertThat(continued).as(function.log())
          .anyMatch(body -> body.contains("\"key\":\"logs/large-plain\""))
          .anyMatch(body -> body.contains("\"key\":\"logs/large-gzip\""));
      assertThat(linesRead(function.log())).isEqualTo(plain.lines() + gzip.lines());
      assertThat(fixture.documents()).isEqualTo(plain.distinct() + gzip.distinct());
      assertThat(fixture.verifier.rejections()).isEmpty();
    }
  }

  /** The lines every invocation read, by its summary line. */
  static long linesRead(String log) {
    Matcher summary = Pattern.compile(", (\\d+) lines: \\d+ stored").matcher(log);
    long lines = 0;
    while (summary.find()) {
      lines += Long.parseLong(summary.group(1));
    }
    return lines;
  }
}
