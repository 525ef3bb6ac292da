package dev.s3logs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.testing.EngineRest.Reply;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The harness works: both real servers index what {@code s3logs ingest} will send them. */
class SearchEnginesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NO_REPLICAS = "{\"settings\":{\"number_of_replicas\":0}}";

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void bulkIndexedDocumentsAreCounted(SearchEngine engine) throws IOException {
    EngineRest rest = engine.rest();
    assertThat(rest.put("/smoke-bulk", NO_REPLICAS).status()).isEqualTo(200);

    Reply bulk = rest.bulk("/smoke-bulk/_bulk", """
        {"index":{"_id":"first"}}
        {"message":"one"}
        {"index":{"_id":"second"}}
        {"message":"two"}
        """);
    assertThat(bulk.status()).isEqualTo(200);
    assertThat(JSON.readTree(bulk.body()).get("errors").asBoolean()).as(bulk.body()).isFalse();

    assertThat(rest.post("/smoke-bulk/_refresh", null).status()).isEqualTo(200);
    assertThat(count(rest, "/smoke-bulk")).isEqualTo(2);
  }

  /** Composable templates and data streams work on both: the core servers carry them. */
  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void dataStreamFromComposableTemplateTakesBulkCreates(SearchEngine engine) throws IOException {
    EngineRest rest = engine.rest();
    Reply template = rest.put("/_index_template/smoke-logs", """
        {"index_patterns":["smoke-logs-*"],"data_stream":{},
         "template":{"settings":{"number_of_replicas":0}}}""");
    assertThat(template.status()).as(template.body()).isEqualTo(200);

    // the first write creates the data stream; data streams take "create" only
    Reply bulk = rest.bulk("/smoke-logs-s3/_bulk", """
        {"create":{"_id":"first"}}
        {"@timestamp":"2024-05-01T10:00:00Z","message":"one"}
        {"create":{"_id":"second"}}
        {"@timestamp":"2024-05-01T10:00:01Z","message":"two"}
        """);
    assertThat(JSON.readTree(bulk.body()).get("errors").asBoolean()).as(bulk.body()).isFalse();

    assertThat(rest.post("/smoke-logs-s3/_refresh", null).status()).isEqualTo(200);
    assertThat(count(rest, "/smoke-logs-s3")).isEqualTo(2);
    JsonNode resolved = JSON.readTree(rest.get("/_resolve/index/smoke-logs-s3").body());
    assertThat(resolved.get("data_streams").get(0).get("name").asText()).isEqualTo("smoke-logs-s3");
  }

  private static long count(EngineRest rest, String index) throws IOException {
    Reply reply = rest.get(index + "/_count");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return JSON.readTree(reply.body()).get("count").asLong();
  }
}
