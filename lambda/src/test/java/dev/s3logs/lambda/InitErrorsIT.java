package dev.s3logs.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.lambda.emulator.LambdaFunction;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings that cannot work stop the function in its init phase, as Lambda reports it: one
 * init error whose message names what to fix, no stack trace, and the runtime exits.
 */
class InitErrorsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  // Nothing listens there: the settings after S3LOGS_TO are checked before it is reached.
  private static final String NOWHERE = "http://127.0.0.1:1";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SqsHandler | S3LOGS_TO | '' | S3LOGS_TO is not set: it is the URL of the OpenSearch or"
          + " Elasticsearch endpoint to write to",
      "S3EventHandler | S3LOGS_DEAD_LETTER | dead-letters.ndjson | S3LOGS_DEAD_LETTER="
          + "'dead-letters.ndjson': a dead-letter file must be under /tmp",
      "EventBridgeHandler | S3LOGS_DEAD_LETTER | /var/task/dead.ndjson | S3LOGS_DEAD_LETTER="
          + "'/var/task/dead.ndjson': a dead-letter file must be under /tmp",
      "SqsHandler | S3LOGS_TO | duckdb:/tmp/logs.duckdb | S3LOGS_TO='duckdb:/tmp/logs.duckdb':"
          + " the Lambda handlers write to OpenSearch or Elasticsearch only",
      "SqsHandler | S3LOGS_BULK_SIZE | lots | S3LOGS_BULK_SIZE='lots': 'lots' is not a size",
      "SqsHandler | S3LOGS_AUTH | none | cannot reach http://127.0.0.1:1"})
  void aSettingThatCannotWorkIsAnInitErrorNamingIt(String handler, String variable, String value,
      String message) throws IOException {
    Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    env.put("S3LOGS_TO", NOWHERE);
    env.put(variable, value);
    try (LambdaFunction function = LambdaFunction.start("dev.s3logs.lambda." + handler
        + "::handleRequest", env, "init-error-" + handler)) {
      String error = function.initError().orElseThrow(() -> new AssertionError(
          "no init error; the function's log:\n" + function.log()));
      JsonNode body = JSON.readTree(error);
      assertThat(body.get("errorType").asText()).isEqualTo(InitFailedException.class.getName());
      assertThat(body.get("errorMessage").asText()).startsWith(handler + " cannot start: ")
          .contains(message);
      assertThat(function.awaitExit(30)).isNotNull().isNotZero();
      assertThat(function.log()).contains(message).doesNotContain("\tat ");
    }
  }
}
