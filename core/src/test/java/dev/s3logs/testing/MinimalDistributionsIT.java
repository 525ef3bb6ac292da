package dev.s3logs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.EngineRest.Reply;
import org.junit.jupiter.api.Test;

/**
 * Pins down how the integ-test-zip servers answer for what they leave out, because the product must
 * notice a missing feature and say so plainly. If a test here fails after a version bump, the
 * distribution changed and so may the product's detection.
 */
class MinimalDistributionsIT {

  @Test
  void openSearchHasNoIndexStateManagement() {
    Reply reply = SearchEngines.opensearch().rest().get("/_plugins/_ism/policies");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("no handler found for uri [/_plugins/_ism/policies] and method [GET]");
  }

  /** ILM is an x-pack plugin the zip lacks; the GET falls through to some POST-only route instead. */
  @Test
  void elasticsearchHasNoIndexLifecycleManagement() {
    EngineRest rest = SearchEngines.elasticsearch().rest();
    Reply list = rest.get("/_ilm/policy");
    assertThat(list.status()).isEqualTo(405);
    assertThat(list.body()).contains("Incorrect HTTP method for uri [/_ilm/policy] and method [GET]");

    Reply create = rest.put("/_ilm/policy/s3logs", "{\"policy\":{\"phases\":{}}}");
    assertThat(create.status()).isEqualTo(400);
    assertThat(create.body()).contains("no handler found for uri [/_ilm/policy/s3logs] and method [PUT]");
  }

  /**
   * OpenSearch keeps the data stream API in the server; Elasticsearch moved it to a module that the
   * zip lacks, though its data streams themselves work (see SearchEnginesIT).
   */
  @Test
  void onlyOpenSearchHasTheDataStreamApi() {
    assertThat(createDataStream(SearchEngines.opensearch()).status()).isEqualTo(200);
    Reply elasticsearch = createDataStream(SearchEngines.elasticsearch());
    assertThat(elasticsearch.status()).isEqualTo(405);
    assertThat(elasticsearch.body()).contains("Incorrect HTTP method for uri [/_data_stream/api-logs]");
  }

  private static Reply createDataStream(SearchEngine engine) {
    Reply template = engine.rest().put("/_index_template/api-logs",
        "{\"index_patterns\":[\"api-logs*\"],\"data_stream\":{}}");
    assertThat(template.status()).as(template.body()).isEqualTo(200);
    return engine.rest().put("/_data_stream/api-logs", null);
  }

  /** Engine detection can't rely on GET / alone: Elasticsearch's zip lacks the module answering it. */
  @Test
  void onlyOpenSearchAnswersTheRootEndpoint() {
    assertThat(SearchEngines.opensearch().rest().get("/").body()).contains("\"distribution\" : \"opensearch\"");
    assertThat(SearchEngines.elasticsearch().rest().get("/").status()).isEqualTo(405);
  }
}
