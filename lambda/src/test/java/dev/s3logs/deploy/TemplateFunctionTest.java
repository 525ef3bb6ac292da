package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.sink.search.IndexNaming;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The function of deploy/template.yaml: its artifact, runtime, settings and event source. */
class TemplateFunctionTest {

  private final Template template = Template.read(DeployFiles.template());
  private final JsonNode function = template.resource("Function").path("Properties");

  @Test
  void isTheLambdaModulesShadedJar() {
    Path codeUri = DeployFiles.template().getParent().resolve(function.path("CodeUri").asText())
        .normalize();
    assertThat(codeUri).isEqualTo(DeployFiles.root().resolve("lambda/target")
        .resolve(Poms.shadedJar("lambda")));
  }

  @Test
  void runsOnJavaRuntimesTheBuildTargets() {
    int release = Integer.parseInt(Poms.property("maven.compiler.release"));
    JsonNode runtimes = template.parameter("Runtime").path("AllowedValues");
    assertThat(runtimes).isNotEmpty();
    for (JsonNode runtime : runtimes) {
      assertThat(runtime.asText()).matches("java\\d+");
      assertThat(Integer.parseInt(runtime.asText().substring(4))).isGreaterThanOrEqualTo(release);
    }
    assertThat(Intrinsics.render(function.path("Runtime"))).isEqualTo("<Runtime>");
  }

  @Test
  void theQueueInvokesItAndFailedMessagesAreReportedOneByOne() {
    JsonNode events = function.path("Events");
    assertThat(events).hasSize(1);
    JsonNode event = events.elements().next();
    assertThat(event.path("Type").asText()).isEqualTo("SQS");
    JsonNode mapping = event.path("Properties");
    assertThat(Intrinsics.render(mapping.path("Queue"))).isEqualTo("<Queue.Arn>");
    assertThat(mapping.path("FunctionResponseTypes").toString())
        .isEqualTo("[\"ReportBatchItemFailures\"]");
    assertThat(Intrinsics.render(mapping.path("BatchSize"))).isEqualTo("<BatchSize>");
    assertThat(Intrinsics.render(mapping.path("ScalingConfig").path("MaximumConcurrency")))
        .isEqualTo("<MaximumConcurrency>");
  }

  @Test
  void memoryAndTimeoutDefaultToWhatATypicalBatchNeeds() {
    JsonNode memory = template.parameter("MemorySize");
    assertThat(memory.path("Default").asInt()).isEqualTo(1024)
        .isBetween(memory.path("MinValue").asInt(), memory.path("MaxValue").asInt());
    assertThat(template.parameter("FunctionTimeout").path("Default").asInt()).isEqualTo(300);
    assertThat(Intrinsics.render(function.path("MemorySize"))).isEqualTo("<MemorySize>");
  }

  @Test
  void isConfiguredLikeTheCommandLineThroughS3logsVariables() {
    JsonNode variables = function.path("Environment").path("Variables");
    assertThat(Intrinsics.render(variables.path("S3LOGS_TO"))).isEqualTo("<SearchEndpoint>");
    assertThat(variables.path("S3LOGS_AUTH").asText()).isEqualTo("aws");
    assertThat(Intrinsics.render(variables.path("S3LOGS_INDEX"))).isEqualTo("<IndexPattern>");
    assertThat(template.parameter("IndexPattern").path("Default").asText())
        .isEqualTo(IndexNaming.DEFAULT_PATTERN);
    variables.fieldNames().forEachRemaining(name -> assertThat(name).startsWith("S3LOGS_"));
  }

  @Test
  void logsToItsOwnLogGroupAndSnapStartIsAChoice() {
    assertThat(Intrinsics.render(function.path("LoggingConfig").path("LogGroup")))
        .isEqualTo("<FunctionLogGroup>");
    assertThat(Intrinsics.render(function.path("SnapStart").path("ApplyOn")))
        .isEqualTo("<SnapStart>");
    assertThat(template.parameter("SnapStart").path("AllowedValues").toString())
        .isEqualTo("[\"None\",\"PublishedVersions\"]");
    // SnapStart applies to published versions only: the queue must invoke one, through the alias
    assertThat(function.path("AutoPublishAlias").asText()).isNotBlank();
  }
}
