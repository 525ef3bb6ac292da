package dev.s3logs.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.sink.search.IndexNaming;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLookupTest {

  private static final Set<String> KNOWN = Set.of("to", "index", "threads", "queue", "s3-region");

  @TempDir
  Path dir;

  @Test
  void variableNamesFollowTheLongOption() {
    assertThat(ConfigLookup.variableFor("s3-endpoint-url")).isEqualTo("S3LOGS_S3_ENDPOINT_URL");
    assertThat(ConfigLookup.variableFor("--to")).isEqualTo("S3LOGS_TO");
    assertThat(ConfigLookup.variableFor("dead-letter")).isEqualTo("S3LOGS_DEAD_LETTER");
  }

  @Test
  void variableBeatsAliasBeatsFile() throws Exception {
    ConfigFile file = file("to: https://from-file:9200\nthreads: 3\nqueue: file-queue\n");
    Map<String, String> env = Map.of("S3LOGS_TO", "https://s3logs:9200",
        "ES_ENDPOINT", "https://alias:9200", "SQS_QUEUE_NAME", "alias-queue");
    ConfigLookup lookup = new ConfigLookup(env, file);
    assertThat(lookup.find("to")).get().extracting(Setting::value, Setting::origin)
        .containsExactly("https://s3logs:9200", "S3LOGS_TO");
    assertThat(lookup.find("queue")).get().extracting(Setting::value, Setting::origin)
        .containsExactly("alias-queue", "SQS_QUEUE_NAME");
    assertThat(lookup.find("--threads")).get().extracting(Setting::value, Setting::origin)
        .containsExactly("3", dir.resolve("s3logs.yaml") + ": threads");
    assertThat(lookup.find("index")).isEmpty();
  }

  @Test
  void esPrefixNamesDailyIndicesAsTheDockerSetupDid() {
    ConfigLookup lookup = new ConfigLookup(Map.of("ES_PREFIX", "s3_log"), ConfigFile.NONE);
    Setting index = lookup.find("index").orElseThrow();
    assertThat(index.value()).isEqualTo("s3_log-{yyyy-MM-dd}");
    assertThat(index.describe()).isEqualTo("ES_PREFIX='s3_log'");
    long december8th2015 = LocalDate.of(2015, 12, 8).toEpochDay() * 86_400L + 3_600;
    assertThat(new String(new IndexNaming(index.value()).nameBytes(december8th2015),
        StandardCharsets.UTF_8)).isEqualTo("s3_log-2015-12-08");
    Map<String, String> both = Map.of("ES_PREFIX", "s3_log", "S3LOGS_INDEX", "logs-{yyyy}");
    assertThat(new ConfigLookup(both, ConfigFile.NONE).find("index")).get()
        .extracting(Setting::value).isEqualTo("logs-{yyyy}");
  }

  @Test
  void awsRegionStandsForRegionOptionsButNotTheSigningRegion() {
    ConfigLookup lookup = new ConfigLookup(Map.of("AWS_REGION", "eu-west-1"), ConfigFile.NONE);
    assertThat(lookup.find("s3-region")).get().extracting(Setting::value, Setting::origin)
        .containsExactly("eu-west-1", "AWS_REGION");
    assertThat(lookup.find("sqs-region")).get().extracting(Setting::value)
        .isEqualTo("eu-west-1");
    // the engine's host names its region first; AWS_REGION is already aws-region's last resort
    assertThat(lookup.find("aws-region")).isEmpty();
    Map<String, String> both = Map.of("AWS_REGION", "eu-west-1", "S3LOGS_S3_REGION", "us-east-1");
    assertThat(new ConfigLookup(both, ConfigFile.NONE).find("s3-region")).get()
        .extracting(Setting::value).isEqualTo("us-east-1");
  }

  @Test
  void blankVariablesCountAsUnset() throws Exception {
    Map<String, String> env = Map.of("S3LOGS_TO", " ", "ES_ENDPOINT", "");
    ConfigLookup lookup = new ConfigLookup(env, file("to: https://from-file:9200\n"));
    assertThat(lookup.find("to")).get().extracting(Setting::value)
        .isEqualTo("https://from-file:9200");
  }

  @Test
  void theEnvironmentMapIsCopiedSoLaterChangesDoNotLeakIn() {
    Map<String, String> env = new java.util.HashMap<>(Map.of("S3LOGS_THREADS", "2"));
    ConfigLookup lookup = new ConfigLookup(env, ConfigFile.NONE);
    env.put("S3LOGS_THREADS", "9");
    assertThat(lookup.find("threads")).get().extracting(Setting::value).isEqualTo("2");
  }

  @Test
  void fromEnvironmentReadsTheFileThatS3logsConfigNames() throws Exception {
    Path yaml = Files.writeString(dir.resolve("lambda.yaml"), "index: weblogs-{yyyy.MM.dd}\n");
    ConfigLookup lookup = ConfigLookup.fromEnvironment(
        Map.of("S3LOGS_CONFIG", yaml.toString()), KNOWN);
    assertThat(lookup.find("index")).get().extracting(Setting::value)
        .isEqualTo("weblogs-{yyyy.MM.dd}");
    assertThat(ConfigLookup.fromEnvironment(Map.of(), KNOWN).find("index")).isEmpty();
  }

  @Test
  void secretsAreNamedButNeverShown() {
    Map<String, String> env = Map.of("S3LOGS_API_TOKEN", "hunter2", "S3LOGS_THREADS", "x");
    ConfigLookup lookup = new ConfigLookup(env, ConfigFile.NONE);
    assertThat(lookup.find("api-token").orElseThrow().describe())
        .isEqualTo("S3LOGS_API_TOKEN (value not shown)").doesNotContain("hunter2");
    assertThat(lookup.find("threads").orElseThrow().describe()).isEqualTo("S3LOGS_THREADS='x'");
    assertThat(Setting.isSecret("password-env")).isTrue();
    assertThat(Setting.isSecret("aws-secret-access-key")).isTrue();
    assertThat(Setting.isSecret("API-KEY")).isTrue();
    assertThat(Setting.isSecret("bulk-size")).isFalse();
  }

  private ConfigFile file(String yaml) throws Exception {
    Path path = Files.writeString(dir.resolve("s3logs.yaml"), yaml);
    return ConfigFile.load(path, KNOWN);
  }
}
