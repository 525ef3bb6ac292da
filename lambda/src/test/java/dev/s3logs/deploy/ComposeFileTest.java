package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose.yaml parses and holds together: every service it names exists, s3logs reaches
 * OpenSearch, the queue and the bucket by the names and ports those services have, the image is
 * the one deploy/Dockerfile builds, and the sample data, bucket, prefix and queue agree.
 */
class ComposeFileTest {

  private final Path file = DeployFiles.deploy("compose.yaml");
  private final JsonNode compose = StrictYaml.read(file);
  private final JsonNode services = compose.path("services");
  private final JsonNode s3logs = services.path("s3logs");

  @Test
  void everyDependencyIsAServiceInTheStateItWaitsFor() {
    assertThat(services.size()).isGreaterThanOrEqualTo(5);
    for (Map.Entry<String, JsonNode> service : services.properties()) {
      for (Map.Entry<String, JsonNode> need : service.getValue().path("depends_on").properties()) {
        JsonNode other = services.path(need.getKey());
        assertThat(other.isObject()).as(service.getKey() + " needs " + need.getKey()).isTrue();
        String condition = need.getValue().path("condition").asText();
        if (condition.equals("service_healthy")) {
          assertThat(other.has("healthcheck")).as(need.getKey() + " has a health check").isTrue();
        }
        if (condition.equals("service_completed_successfully")) {
          assertThat(other.has("ports") || other.has("restart")).as(need.getKey() + " ends")
              .isFalse();
        }
      }
    }
  }

  @Test
  void imagesArePinnedAndS3logsIsTheOneTheDockerfileBuilds() {
    String built = s3logs.path("image").asText();
    for (Map.Entry<String, JsonNode> service : services.properties()) {
      JsonNode definition = service.getValue();
      String image = definition.path("image").asText();
      if (definition.has("build")) {
        assertThat(image).isEqualTo(built);
        JsonNode build = definition.path("build");
        Path dockerfile = file.getParent().resolve(build.path("context").asText())
            .resolve(build.path("dockerfile").asText()).normalize();
        assertThat(dockerfile).isEqualTo(DeployFiles.deploy("Dockerfile"));
      } else {
        assertThat(image).as(service.getKey()).isNotEqualTo(built).matches(".+:\\d[^:]*")
            .doesNotEndWith(":latest");
      }
    }
  }

  @Test
  void openSearchIsTheVersionTheIntegrationTestsRun() {
    String version = Poms.property("opensearch.version");
    assertThat(services.path("opensearch").path("image").asText())
        .isEqualTo("opensearchproject/opensearch:" + version);
    assertThat(services.path("dashboards").path("image").asText())
        .isEqualTo("opensearchproject/opensearch-dashboards:" + version);
  }

  @Test
  void s3logsReachesEachServiceByItsNameAndPort() {
    JsonNode env = s3logs.path("environment");
    URI engine = reaches(env.path("S3LOGS_TO").asText(), "opensearchproject/opensearch:");
    reaches(env.path("S3LOGS_SQS_ENDPOINT_URL").asText(), "softwaremill/elasticmq");
    reaches(env.path("S3LOGS_S3_ENDPOINT_URL").asText(), "adobe/s3mock:");
    assertThat(services.path("dashboards").path("environment").path("OPENSEARCH_HOSTS").asText())
        .contains("\"" + engine + "\"");
    List<String> setup = texts(services.path("setup").path("command"));
    assertThat(setup).contains("setup", "--to=" + engine);
    String dashboards = setup.stream().filter(arg -> arg.startsWith("--dashboards="))
        .findFirst().orElseThrow().substring("--dashboards=".length());
    reaches(dashboards, "opensearchproject/opensearch-dashboards:");
    JsonNode upload = services.path("upload").path("environment");
    assertThat(upload.path("AWS_ENDPOINT_URL_S3").asText())
        .isEqualTo(env.path("S3LOGS_S3_ENDPOINT_URL").asText());
    assertThat(upload.path("AWS_ENDPOINT_URL_SQS").asText())
        .isEqualTo(env.path("S3LOGS_SQS_ENDPOINT_URL").asText());
  }

  @Test
  void theQueueBucketAndPrefixAgree() throws IOException {
    String queue = s3logs.path("environment").path("S3LOGS_QUEUE").asText();
    String prefix = s3logs.path("environment").path("S3LOGS_KEY_PREFIX").asText();
    String mounted = services.path("sqs").path("volumes").path(0).asText().split(":")[0];
    String conf = Files.readString(file.getParent().resolve(mounted));
    assertThat(conf).containsPattern("(?m)^\\s*" + queue + "\\s*\\{");
    String script = services.path("upload").path("command").path(0).asText();
    assertThat(script).contains("--queue-name " + queue, "key=\"" + prefix);
    assertThat(prefix).endsWith("/");
  }

  @Test
  void theGeneratedLogsReachTheUploadThroughOneVolume() {
    assertThat(compose.path("volumes").has("samples")).isTrue();
    String target = mountOf(services.path("sample-logs"), "samples");
    List<String> generate = texts(services.path("sample-logs").path("command"));
    assertThat(generate.get(0)).isEqualTo("generate");
    assertThat(generate).anySatisfy(arg -> assertThat(arg).startsWith("--output=" + target + "/"));
    String uploaded = mountOf(services.path("upload"), "samples");
    assertThat(services.path("upload").path("command").path(0).asText())
        .contains("for file in " + uploaded + "/");
  }

  @Test
  void theConsumerRunsAndReportsItsHealth() {
    assertThat(texts(s3logs.path("command"))).containsExactly("run");
    String port = s3logs.path("environment").path("S3LOGS_METRICS_PORT").asText();
    assertThat(s3logs.path("healthcheck").path("test").toString())
        .contains("localhost:" + port + "/healthz");
    assertThat(containerPorts(s3logs)).contains(port);
  }

  @Test
  void noSingleDollarIsLeftForComposeToReplace() throws IOException {
    String text = Files.readString(file);
    assertThat(text.replace("$$", "")).doesNotContain("$");
    assertThat(text).contains("$$");
  }

  /** The URL, after checking that its host is a service of this image that listens on its port. */
  private URI reaches(String url, String image) {
    URI uri = URI.create(url);
    JsonNode service = services.path(uri.getHost());
    assertThat(service.path("image").asText()).as(url).startsWith(image);
    assertThat(containerPorts(service)).as(url).contains(String.valueOf(uri.getPort()));
    return uri;
  }

  private static List<String> containerPorts(JsonNode service) {
    List<String> ports = new ArrayList<>();
    service.path("ports").forEach(port -> {
      String[] parts = port.asText().split(":");
      ports.add(parts[parts.length - 1]);
    });
    return ports;
  }

  private static String mountOf(JsonNode service, String volume) {
    for (JsonNode mount : service.path("volumes")) {
      String[] parts = mount.asText().split(":");
      if (parts[0].equals(volume)) {
        return parts[1];
      }
    }
    throw new AssertionError("no volume " + volume + " in " + service);
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(one -> texts.add(one.asText()));
    return texts;
  }
}
