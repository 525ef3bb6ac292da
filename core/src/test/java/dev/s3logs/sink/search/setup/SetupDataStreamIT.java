package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.SearchEngine;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Setup in data-stream mode, on both real engines. */
class SetupDataStreamIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Elasticsearch's zip lacks the data stream API, so its stream (and thereby its template)
   * stays until the server stops; the name is used by this test only.
   */
  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void aDataStreamIsCreatedByTheFirstCreate(SearchEngine server) throws IOException {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-ds")
        .withDataStream("setup-ds-logs").withReplicas(0);
    EngineRest rest = server.rest();
    SetupCalls.install(server, options);
    List<JsonNode> documents = CorpusDocuments.all().subList(0, 5);
    StringBuilder bulk = new StringBuilder();
    documents.forEach(d -> bulk.append("{\"create\":{}}\n").append(d).append('\n'));
    SetupCalls.assertNoErrors(rest.bulk("/setup-ds-logs/_bulk?refresh=true", bulk.toString()));

    JsonNode resolved = JSON.readTree(rest.get("/_resolve/index/setup-ds-logs").body());
    assertThat(resolved.at("/data_streams/0/name").asText()).isEqualTo("setup-ds-logs");
    String backing = resolved.at("/data_streams/0/backing_indices/0").asText();
    JsonNode fields = JSON.readTree(rest.get("/" + backing + "/_mapping").body())
        .at("/" + backing + "/mappings/properties");
    assertThat(fields.at("/client/properties/ip/type").asText()).isEqualTo("ip");
    assertThat(SetupCalls.count(rest, "setup-ds-logs")).isEqualTo(documents.size());
    if (server.isOpenSearch()) {
      assertThat(rest.delete("/_data_stream/setup-ds-logs").status()).isEqualTo(200);
      SetupCalls.deleteTemplates(server, options);
    }
  }
}
