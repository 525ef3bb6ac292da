package dev.s3logs.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.config.AuthConfig;
import dev.s3logs.config.ConfigException;
import dev.s3logs.config.EngineConfig.EngineKind;
import dev.s3logs.config.SearchSinkConfig.Ids;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaConfigTest {

  private static final String DOMAIN = "https://search-logs-abc.eu-west-1.es.amazonaws.com";

  @TempDir
  Path dir;

  @Test
  void anEndpointAloneGivesRunsDefaultsSignedWithTheFunctionsRole() {
    LambdaConfig config = LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN));
    assertThat(config.engine().url()).isEqualTo(URI.create(DOMAIN));
    assertThat(config.engine().kind()).isEqualTo(EngineKind.AUTO);
    assertThat(config.engine().auth()).isEqualTo(AuthConfig.aws(null, null, null));
    assertThat(config.sink().indexPattern()).isEqualTo("s3-access-logs-{yyyy.MM.dd}");
    assertThat(config.sink().ids()).isEqualTo(Ids.AUTO);
    assertThat(config.sink().installSetup()).isTrue();
    assertThat(config.sink().deadLetterFile()).isNull();
    assertThat(config.sink().fallbackFile()).isIn(Path.of("/dev/stderr"),
        Path.of("/tmp/s3logs-dead-letters.ndjson"));
    assertThat(config.sink().bulk().maxBytes()).isEqualTo(5 << 20);
    assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(config.margin()).isEmpty();
    assertThat(config.keys().matches("any/key")).isTrue();
  }

  @Test
  void theVariablesOfRunsOptionsAndTheDockerSetupsAliasesAreRead() {
    Map<String, String> env = new HashMap<>(Map.of("ES_ENDPOINT", DOMAIN, "ES_PREFIX", "s3_log",
        "S3LOGS_BULK_SIZE", "1mb", "S3LOGS_CONCURRENCY", "4", "S3LOGS_KEY_PREFIX", "logs/",
        "S3LOGS_THREADS", "1", "S3LOGS_TIME_MARGIN", "30", "S3LOGS_DEAD_LETTER",
        "/tmp/s3logs/dead.ndjson", "S3LOGS_S3_ENDPOINT_URL", "http://127.0.0.1:9000"));
    env.put("AWS_REGION", "eu-west-1");
    LambdaConfig config = LambdaConfig.from(env);
    assertThat(config.engine().url()).isEqualTo(URI.create(DOMAIN));
    assertThat(config.sink().indexPattern()).isEqualTo("s3_log-{yyyy-MM-dd}");
    assertThat(config.sink().bulk().maxBytes()).isEqualTo(1 << 20);
    assertThat(config.sink().bulk().concurrency()).isEqualTo(4);
    assertThat(config.keys().matches("logs/2024")).isTrue();
    assertThat(config.keys().matches("other/2024")).isFalse();
    assertThat(config.threads()).isEqualTo(1);
    assertThat(config.margin()).contains(Duration.ofSeconds(30));
    assertThat(config.sink().deadLetterFile()).isEqualTo(Path.of("/tmp/s3logs/dead.ndjson"));
    assertThat(config.aws().s3Endpoint()).contains(URI.create("http://127.0.0.1:9000"));
    assertThat(config.aws().resolveRegion()).isEqualTo("eu-west-1");
  }

  @Test
  void withoutAnEngineTheInitErrorNamesTheVariable() {
    assertThatThrownBy(() -> LambdaConfig.from(Map.of())).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("S3LOGS_TO is not set: it is the URL of the OpenSearch or"
            + " Elasticsearch endpoint to write to");
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", "duckdb:/tmp/logs.duckdb")))
        .hasMessage("S3LOGS_TO='duckdb:/tmp/logs.duckdb': the Lambda handlers write to"
            + " OpenSearch or Elasticsearch only: there is no DuckDB store in Lambda");
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", "search-logs:9200")))
        .hasMessage("S3LOGS_TO='search-logs:9200': not an http(s) URL with a host");
  }

  @Test
  void aDeadLetterFileMustBeUnderTmp() {
    for (String path : new String[] {"dead.ndjson", "/var/task/dead.ndjson",
        "/tmp/../var/task/dead.ndjson", "/tmp", "/tmpfile"}) {
      assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN,
          "S3LOGS_DEAD_LETTER", path))).as(path)
          .hasMessage("S3LOGS_DEAD_LETTER='" + path + "': a dead-letter file must be under"
              + " /tmp, the only place a Lambda function may write (and it goes with the"
              + " execution environment): use index, the default, to keep them in the engine");
    }
    assertThat(LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN, "S3LOGS_DEAD_LETTER", "index"))
        .sink().deadLetterFile()).isNull();
  }

  @Test
  void deadLettersTheIndexRefusesGoWhereTheyCanBeWritten() throws IOException {
    Path writable = Files.createFile(dir.resolve("writable"));
    Path otherwise = dir.resolve("otherwise");
    assertThat(SinkSettings.firstWritable(writable, otherwise)).isEqualTo(writable);
    assertThat(SinkSettings.firstWritable(dir.resolve("no/such/dir"), otherwise))
        .isEqualTo(otherwise);
    assertThat(Files.size(writable)).isZero();
  }

  @Test
  void badValuesNameTheirVariable() {
    assertRefused("S3LOGS_BULK_SIZE", "x", "'x' is not a size such as 5mb or 512kb");
    assertRefused("S3LOGS_THREADS", "0", "must be at least 1");
    assertRefused("S3LOGS_TIME_MARGIN", "soon", "not a whole number");
    assertRefused("S3LOGS_INSECURE", "yes", "must be true or false");
    assertRefused("S3LOGS_ENGINE", "solr", "must be auto, opensearch, elasticsearch or"
        + " serverless");
    assertRefused("S3LOGS_AUTH", "kerberos", "must be none, basic, apikey or aws");
    assertRefused("S3LOGS_IDS", "maybe", "must be auto, on or off");
    assertRefused("S3LOGS_KEY_REGEX", "(", "--key-regex ( is not a valid regular expression:"
        + " Unclosed group at index 1");
    assertRefused("S3LOGS_INDEX", "logs{yyyy}", "--index 'logs{yyyy}' must be a prefix, a dash"
        + " and a {date format}, e.g. weblogs-{yyyy.MM.dd}, or one index's name");
  }

  @Test
  void secretsComeFromTheVariablesTheSettingsName() {
    Map<String, String> env = Map.of("S3LOGS_TO", DOMAIN, "S3LOGS_USER", "writer",
        "S3LOGS_PASSWORD_ENV", "ENGINE_PASSWORD", "ENGINE_PASSWORD", "s3cr3t");
    assertThat(LambdaConfig.from(env).engine().auth())
        .isEqualTo(AuthConfig.basic("writer", "s3cr3t"));
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN, "S3LOGS_USER", "w")))
        .hasMessage("no password: set the environment variable S3LOGS_PASSWORD");
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN, "S3LOGS_AUTH",
        "apikey"))).hasMessage("no API key: set the environment variable S3LOGS_API_KEY");
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN, "S3LOGS_AUTH",
        "basic"))).hasMessage("S3LOGS_AUTH=basic needs S3LOGS_USER, the user to sign in as");
  }

  @Test
  void aConfigFileMayHoldRunsSettingsAndNoUnknownOnes() throws IOException {
    Path file = Files.writeString(dir.resolve("s3logs.yaml"),
        "to: " + DOMAIN + "\nqueue: access-logs\nworkers: 4\nbulk-size: 2mb\n");
    LambdaConfig config = LambdaConfig.from(Map.of("S3LOGS_CONFIG", file.toString()));
    assertThat(config.engine().url()).isEqualTo(URI.create(DOMAIN));
    assertThat(config.sink().bulk().maxBytes()).isEqualTo(2 << 20);
    Files.writeString(file, "to: " + DOMAIN + "\nbulk-sise: 2mb\n");
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_CONFIG", file.toString())))
        .hasMessageContaining("unknown setting bulk-sise");
  }

  @Test
  void misspeltVariablesAreFound() {
    assertThat(LambdaConfig.unknownVariables(Map.of("S3LOGS_INDX", "x", "S3LOGS_TO", DOMAIN,
        "S3LOGS_PASSWORD", "p", "S3LOGS_QUEUE", "q", "PATH", "/bin"))).containsExactly(
        "S3LOGS_INDX");
  }

  private static void assertRefused(String variable, String value, String problem) {
    assertThatThrownBy(() -> LambdaConfig.from(Map.of("S3LOGS_TO", DOMAIN, variable, value)))
        .as(variable).isInstanceOf(ConfigException.class)
        .hasMessage(variable + "='" + value + "': " + problem);
  }
}
