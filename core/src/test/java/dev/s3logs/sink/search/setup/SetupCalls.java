package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.sink.search.EngineDetection;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.EngineRest.Reply;
import dev.s3logs.testing.SearchEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/** Running setup against a test server, and the calls its tests check the result with. */
final class SetupCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SetupCalls() {
  }

  static SetupReport install(SearchEngine server, SetupOptions options) {
    HttpTransport http = transport(server);
    return Setup.install(http, EngineDetection.detect(http), options);
  }

  static HttpTransport transport(SearchEngine server) {
    return new HttpTransport(server.baseUri(), RequestAuth.NONE, TlsSettings.DEFAULT, false,
        Duration.ofSeconds(30));
  }

  static void deleteTemplates(SearchEngine server, SetupOptions options) {
    server.rest().delete("/_index_template/" + options.logTemplate());
    server.rest().delete("/_index_template/" + options.deadLetterIndex());
  }

  /** By name: Elasticsearch refuses wildcards in deletes by default. */
  static void deleteIndices(EngineRest rest, Set<String> indices) {
    if (!indices.isEmpty()) {
      rest.delete("/" + String.join(",", indices) + "?ignore_unavailable=true");
    }
  }

  static String storedReplicas(SearchEngine server, String template) {
    try {
      return JSON.readTree(server.rest().get("/_index_template/" + template).body())
          .at("/index_templates/0/index_template/template/settings/index/number_of_replicas")
          .asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void assertNoErrors(Reply bulk) throws IOException {
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
    assertThat(JSON.readTree(bulk.body()).path("errors").asBoolean(true)).as(bulk.body())
        .isFalse();
  }

  static long count(EngineRest rest, String target) throws IOException {
    return count(rest, target, "{\"match_all\":{}}");
  }

  static long count(EngineRest rest, String target, String query) throws IOException {
    Reply reply = rest.post("/" + target + "/_count", "{\"query\":" + query + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return JSON.readTree(reply.body()).path("count").asLong();
  }
}
