package dev.s3logs.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.lambda.emulator.LambdaFunction;
import dev.s3logs.lambda.emulator.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The S3EventHandler and EventBridgeHandler run by the real runtime interface client on AWS's
 * sample events: objects stored, and what is not stored whole failing the invocation, for Lambda
 * to retry.
 */
class DirectHandlersIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @Test
  void theObjectsOfAwsSampleEventsAreStored() throws IOException {
    String bucket = "lambda-samples";
    GeneratedLog s3Event = GeneratedLog.of(1500, 11);
    GeneratedLog eventBridge = GeneratedLog.of(700, 12);
    try (FunctionFixture fixture = new FunctionFixture("lambda-samples");
        LambdaFunction s3 = fixture.start("S3EventHandler", "direct-s3");
        LambdaFunction rule = fixture.start("EventBridgeHandler", "direct-eventbridge")) {
      fixture.put(bucket, "logs/2026-11-01 a+b", s3Event.text());
      fixture.put(bucket, "logs/2026-11-01-00-00-00-EB", eventBridge.gzipped());
      Outcome stored = s3.invoke(SampleEvents.s3Put(bucket, "logs/2026-11-01 a+b"), TIMEOUT);
      assertThat(stored.failed()).as(s3.log()).isFalse();
      assertThat(JSON.readTree(stored.body()).get("lines").asLong()).isEqualTo(1500);
      Outcome routed = rule.invoke(SampleEvents.eventBridge(bucket,
          "logs/2026-11-01-00-00-00-EB"), TIMEOUT);
      assertThat(routed.failed()).as(rule.log()).isFalse();
      assertThat(fixture.documents()).isEqualTo(s3Event.distinct() + eventBridge.distinct());
      assertThat(fixture.verifier.rejections()).isEmpty();
    }
  }

  @Test
  void aMissingObjectOrAnEventOfAnotherKindFailsTheInvocationWithoutAStackTrace()
      throws IOException {
    try (FunctionFixture fixture = new FunctionFixture("lambda-failing");
        LambdaFunction function = fixture.start("S3EventHandler", "direct-failing")) {
      fixture.s3.createBucket("lambda-failing");
      Outcome missing = function.invoke(SampleEvents.s3Put("lambda-failing",
          "logs/missing"), TIMEOUT);
      assertThat(missing.failed()).isTrue();
      JsonNode error = JSON.readTree(missing.body());
      assertThat(error.get("errorType").asText())
          .isEqualTo(InvocationFailedException.class.getName());
      assertThat(error.get("errorMessage").asText()).isEqualTo("cannot read"
          + " s3://lambda-failing/logs/missing: no such object (deleted since it was"
          + " listed?)");
      Outcome sqs = function.invoke(SampleEvents.resource("sqs-receive-message.json"), TIMEOUT);
      assertThat(JSON.readTree(sqs.body()).get("errorMessage").asText()).isEqualTo("not an S3"
          + " event naming objects: S3 event record 1 has eventSource aws:sqs, not aws:s3");
      assertThat(function.log()).doesNotContain("\tat ");
    }
  }

  /**
   * An object too large for one invocation fails it; Lambda's retries, landing in the same
   * execution environment, go on where the last one stopped until all of it is stored, each line
   * read once.
   */
  @Test
  void aLargeObjectIsStoredByTheRetriesGoingOnWhereTheyStopped() {
    String bucket = "lambda-retried";
    GeneratedLog log = GeneratedLog.of(25_000, 13);
    try (FunctionFixture fixture = new FunctionFixture("lambda-retried");
        LambdaFunction function = fixture.start("S3EventHandler", "direct-large",
            "S3LOGS_TIME_MARGIN", "2", "S3LOGS_THREADS", "1", "S3LOGS_BULK_SIZE", "1mb")) {
      fixture.put(bucket, "logs/large", log.gzipped());
      List<Outcome> outcomes = new ArrayList<>();
      do {
        outcomes.add(function.invoke(SampleEvents.s3Put(bucket, "logs/large"),
            Duration.ofSeconds(3)));
      } while (outcomes.get(outcomes.size() - 1).failed() && outcomes.size() < 40);
      assertThat(outcomes).as(function.log()).hasSizeGreaterThan(1);
      assertThat(outcomes.get(0).body()).contains("s3://" + bucket + "/logs/large: stopped at"
          + " byte ");
      assertThat(outcomes.get(outcomes.size() - 1).failed()).as(function.log()).isFalse();
      assertThat(SqsHandlerIT.linesRead(function.log())).isEqualTo(log.lines());
      assertThat(fixture.documents()).isEqualTo(log.distinct());
    }
  }
}
