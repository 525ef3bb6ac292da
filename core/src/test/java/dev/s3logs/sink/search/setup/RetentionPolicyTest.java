package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.sink.http.HttpReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SetupOptions DAILY =
      SetupOptions.defaults().withRetention(Retention.parse("90d"));
  private static final SetupOptions STREAM = DAILY.withDataStream("s3-logs");

  @Test
  void ismDeletesDailyIndicesByAgeButNotTheDeadLetters() {
    JsonNode policy = new IsmPolicy(DAILY).body().path("policy");
    assertThat(policy.path("default_state").asText()).isEqualTo("hot");
    JsonNode transition = policy.at("/states/0/transitions/0");
    assertThat(transition.path("state_name").asText()).isEqualTo("delete");
    assertThat(transition.at("/conditions/min_index_age").asText()).isEqualTo("90d");
    assertThat(policy.at("/states/0/actions")).isEmpty();
    assertThat(policy.at("/states/1/name").asText()).isEqualTo("delete");
    assertThat(policy.at("/states/1/actions/0").has("delete")).isTrue();
    String pattern = policy.at("/ism_template/0/index_patterns/0").asText();
    assertThat(pattern).isEqualTo("s3-access-logs-2*");
    assertThat(matches(pattern, "s3-access-logs-2019.02.06")).isTrue();
    assertThat(matches(pattern, DAILY.deadLetterIndex())).isFalse();
  }

  @Test
  void ismRollsADataStreamOverAndCountsFromTheRollover() {
    JsonNode policy = new IsmPolicy(STREAM).body().path("policy");
    assertThat(policy.at("/states/0/actions/0/rollover/min_index_age").asText()).isEqualTo("1d");
    assertThat(policy.at("/states/0/transitions/0/conditions/min_rollover_age").asText())
        .isEqualTo("90d");
    assertThat(policy.at("/ism_template/0/index_patterns").toString()).isEqualTo("[\"s3-logs\"]");
  }

  @Test
  void ilmHasOnlyADeletePhaseForDailyIndicesAndRollsADataStreamOver() {
    JsonNode daily = new IlmPolicy(DAILY).body().at("/policy/phases");
    assertThat(daily.at("/delete/min_age").asText()).isEqualTo("90d");
    assertThat(daily.at("/delete/actions").has("delete")).isTrue();
    assertThat(daily.has("hot")).isFalse();
    JsonNode stream = new IlmPolicy(STREAM).body().at("/policy/phases");
    assertThat(stream.at("/hot/actions/rollover/max_age").asText()).isEqualTo("1d");
    assertThat(stream.at("/delete/min_age").asText()).isEqualTo("90d");
  }

  /** An ISM answer as OpenSearch gives it back: defaults and bookkeeping added. */
  @Test
  void aStoredPolicyWithTheEnginesAdditionsIsTheSame() throws IOException {
    JsonNode ours = new IsmPolicy(DAILY).body().path("policy");
    JsonNode stored = JSON.readTree(ours.toString()
        .replace("{\"delete\":{}}",
            "{\"retry\":{\"count\":3,\"backoff\":\"exponential\",\"delay\":\"1m\"},\"delete\":{}}")
        .replace("\"priority\":200", "\"priority\":200,\"last_updated_time\":1700000000000")
        .replaceFirst("\\{", "{\"policy_id\":\"p\",\"schema_version\":21,"
            + "\"error_notification\":null,"));
    assertThat(stored.toString()).contains("retry", "last_updated_time", "policy_id");
    assertThat(JsonSubset.contains(stored, ours)).isTrue();
    assertThat(JsonSubset.contains(JSON.readTree(stored.toString().replace("90d", "30d")), ours))
        .isFalse();
    assertThat(JsonSubset.contains(JSON.readTree(stored.toString().replace(
        "\"actions\":[]", "\"actions\":[{\"read_only\":{}}]")), ours))
        .as("an added action is a difference").isFalse();
  }

  @Test
  void onlyAnAnswerFromNoEndpointMeansTheApiIsMissing() {
    assertThat(RetentionPolicy.isMissingApi(reply(400,
        "{\"error\":\"no handler found for uri [/_plugins/_ism/policies/x] and method [GET]\"}")))
        .isTrue();
    assertThat(RetentionPolicy.isMissingApi(reply(405, "{\"error\":\"Incorrect HTTP method for "
        + "uri [/_ilm/policy] and method [GET], allowed: [POST]\",\"status\":405}"))).isTrue();
    assertThat(RetentionPolicy.isMissingApi(reply(404, ""))).isTrue();
    assertThat(RetentionPolicy.isMissingApi(reply(404, "{\"error\":{\"root_cause\":[],"
        + "\"type\":\"status_exception\",\"reason\":\"Policy not found\"},\"status\":404}")))
        .as("a policy that does not exist yet").isFalse();
    assertThat(RetentionPolicy.isMissingApi(reply(403, "{\"error\":{\"type\":"
        + "\"security_exception\",\"reason\":\"no permissions\"},\"status\":403}"))).isFalse();
  }

  private static boolean matches(String glob, String name) {
    return name.matches(glob.replace(".", "\\.").replace("*", ".*"));
  }

  private static HttpReply reply(int status, String body) {
    return new HttpReply(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }
}
