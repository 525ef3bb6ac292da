package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The queue of deploy/template.yaml: its visibility timeout against the function's, its
 * dead-letter queue, and the two ways notifications reach it.
 */
class TemplateQueueTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Template template = Template.read(DeployFiles.template());

  @Test
  void visibilityTimeoutIsSixTimesEveryFunctionTimeoutOrMore() {
    JsonNode timeout = template.parameter("FunctionTimeout");
    assertThat(timeout.path("AllowedValues")).isNotEmpty();
    assertThat(timeout.path("AllowedValues")).contains(timeout.path("Default"));
    JsonNode table = template.root().path("Mappings").path("VisibilityTimeouts");
    for (JsonNode seconds : timeout.path("AllowedValues")) {
      assertThat(table.path(seconds.asText()).path("Seconds").asInt())
          .as("visibility timeout for a function timeout of %s s", seconds)
          .isGreaterThanOrEqualTo(6 * seconds.asInt()).isLessThanOrEqualTo(43_200);
    }
    assertThat(table.size()).isEqualTo(timeout.path("AllowedValues").size());
    assertThat(queue().path("VisibilityTimeout").toString()).isEqualTo(
        "{\"Fn::FindInMap\":[\"VisibilityTimeouts\",{\"Ref\":\"FunctionTimeout\"},\"Seconds\"]}");
    assertThat(Intrinsics.render(template.resource("Function").path("Properties")
        .path("Timeout"))).isEqualTo("<FunctionTimeout>");
  }

  @Test
  void failingMessagesMoveToTheDeadLetterQueue() {
    JsonNode redrive = queue().path("RedrivePolicy");
    assertThat(Intrinsics.render(redrive.path("deadLetterTargetArn")))
        .isEqualTo("<DeadLetterQueue.Arn>");
    assertThat(Intrinsics.render(redrive.path("maxReceiveCount"))).isEqualTo("<MaxReceiveCount>");
    // Lambda's advice for a queue it polls: at least 5, so that throttling alone moves nothing
    assertThat(template.parameter("MaxReceiveCount").path("Default").asInt())
        .isGreaterThanOrEqualTo(5);
    // a message keeps its first enqueue time in the dead-letter queue
    assertThat(template.resource("DeadLetterQueue").path("Properties")
        .path("MessageRetentionPeriod").asInt())
        .isGreaterThan(queue().path("MessageRetentionPeriod").asInt());
  }

  @Test
  void theRuleSendsObjectCreatedEventsOfTheBucketAndPrefixToTheQueue() {
    JsonNode rule = template.resource("ObjectCreatedRule");
    assertThat(rule.path("Type").asText()).isEqualTo("AWS::Events::Rule");
    assertThat(rule.path("Condition").asText()).isEqualTo("ViaEventBridge");
    JsonNode patterns = rule.path("Properties").path("EventPattern").path("Fn::If");
    assertThat(patterns.path(0).asText()).isEqualTo("HasKeyPrefix");
    for (JsonNode pattern : new JsonNode[] {patterns.path(1), patterns.path(2)}) {
      assertThat(pattern.path("source").toString()).isEqualTo("[\"aws.s3\"]");
      assertThat(pattern.path("detail-type").toString()).isEqualTo("[\"Object Created\"]");
      assertThat(pattern.path("detail").path("bucket").path("name").toString())
          .isEqualTo("[{\"Ref\":\"LogBucketName\"}]");
    }
    assertThat(patterns.path(1).path("detail").path("object").path("key").toString())
        .isEqualTo("[{\"prefix\":{\"Ref\":\"LogKeyPrefix\"}}]");
    assertThat(patterns.path(2).path("detail").has("object")).isFalse();
    JsonNode targets = rule.path("Properties").path("Targets");
    assertThat(targets).hasSize(1);
    assertThat(Intrinsics.render(targets.path(0).path("Arn"))).isEqualTo("<Queue.Arn>");
  }

  @Test
  void theBucketsOwnNotificationIsGivenAsAnOutputToMerge() throws IOException {
    JsonNode output = template.root().path("Outputs").path("S3QueueConfiguration");
    assertThat(output.path("Condition").asText()).isEqualTo("ViaS3");
    JsonNode choices = output.path("Value").path("Fn::If");
    assertThat(choices.path(0).asText()).isEqualTo("HasKeyPrefix");
    JsonNode filtered = JSON.readTree(Intrinsics.render(choices.path(1)));
    JsonNode whole = JSON.readTree(Intrinsics.render(choices.path(2)));
    for (JsonNode configuration : new JsonNode[] {filtered, whole}) {
      assertThat(configuration.path("QueueArn").asText()).isEqualTo("<Queue.Arn>");
      assertThat(configuration.path("Events").toString()).isEqualTo("[\"s3:ObjectCreated:*\"]");
    }
    assertThat(filtered.path("Filter").path("Key").path("FilterRules").toString())
        .isEqualTo("[{\"Name\":\"prefix\",\"Value\":\"<LogKeyPrefix>\"}]");
    assertThat(whole.has("Filter")).isFalse();
  }

  private JsonNode queue() {
    return template.resource("Queue").path("Properties");
  }
}
