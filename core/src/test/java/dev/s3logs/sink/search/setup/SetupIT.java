package dev.s3logs.sink.search.setup;

import static dev.s3logs.sink.search.setup.SetupCalls.assertNoErrors;
import static dev.s3logs.sink.search.setup.SetupCalls.count;
import static dev.s3logs.sink.search.setup.SetupCalls.deleteIndices;
import static dev.s3logs.sink.search.setup.SetupCalls.deleteTemplates;
import static dev.s3logs.sink.search.setup.SetupCalls.install;
import static dev.s3logs.sink.search.setup.SetupCalls.storedReplicas;
import static dev.s3logs.sink.search.setup.SetupCalls.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.EngineDetection;
import dev.s3logs.sink.search.setup.SetupReport.Change;
import dev.s3logs.sink.search.setup.SetupReport.RetentionState;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.EngineRest.Reply;
import dev.s3logs.testing.SearchEngine;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The templates on both real engines: installed once, then in force for what ingest sends. */
class SetupIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void installsOnceThenFindsEverythingUnchanged(SearchEngine server) {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-twice").withReplicas(0);
    HttpTransport http = transport(server);
    Engine engine = EngineDetection.detect(http);
    try {
      assertThat(Setup.installed(http, options)).isEqualTo(Setup.Installed.MISSING);
      SetupReport first = Setup.install(http, engine, options);
      assertThat(first.templates()).extracting(SetupReport.TemplateStep::change)
          .containsExactly(Change.CREATED, Change.CREATED);
      assertThat(first.retention().state()).isEqualTo(RetentionState.NOT_REQUESTED);
      assertThat(first.complete()).isTrue();
      assertThat(Setup.installed(http, options)).isEqualTo(Setup.Installed.PRESENT);

      SetupReport again = Setup.install(http, engine, options);
      assertThat(again.lines()).containsExactly("index template setup-twice: unchanged",
          "index template setup-twice-failed: unchanged",
          "retention not requested: no --retention given; an existing policy is left as it is");

      SetupReport changed = Setup.install(http, engine, options.withReplicas(1));
      assertThat(changed.templates()).extracting(SetupReport.TemplateStep::change)
          .containsExactly(Change.UPDATED, Change.UPDATED);
      assertThat(storedReplicas(server, "setup-twice")).isEqualTo("1");
    } finally {
      deleteTemplates(server, options);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void aTemplateForTheOlderDocumentShapeIsToldApartAndSetupUpdatesIt(SearchEngine server) {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-older").withReplicas(0);
    HttpTransport http = transport(server);
    EngineRest rest = server.rest();
    try {
      // as releases before aliases installed them: no document_shape in _meta
      assertThat(rest.put("/_index_template/setup-older", "{\"index_patterns\":"
          + "[\"setup-older-*\"],\"priority\":200,\"_meta\":{\"managed_by\":\"s3logs\"}}")
          .status()).isEqualTo(200);
      assertThat(Setup.installed(http, options)).as("no dead-letter template yet")
          .isEqualTo(Setup.Installed.MISSING);
      assertThat(rest.put("/_index_template/setup-older-failed", "{\"index_patterns\":"
          + "[\"setup-older-failed\"],\"priority\":210,\"_meta\":{\"managed_by\":\"s3logs\"}}")
          .status()).isEqualTo(200);
      assertThat(Setup.installed(http, options)).isEqualTo(Setup.Installed.OLDER_SHAPE);
      install(server, options);
      assertThat(Setup.installed(http, options)).isEqualTo(Setup.Installed.PRESENT);
      // someone else's template of that name is not ours to judge
      assertThat(rest.put("/_index_template/setup-older", "{\"index_patterns\":"
          + "[\"setup-older-*\"],\"priority\":200}").status()).isEqualTo(200);
      assertThat(Setup.installed(http, options)).isEqualTo(Setup.Installed.PRESENT);
    } finally {
      deleteTemplates(server, options);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void corpusDocumentsGetTheExplicitTypesInTheirDailyIndices(SearchEngine server)
      throws IOException {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-live").withReplicas(0);
    EngineRest rest = server.rest();
    try {
      install(server, options);
      // All in one daily index: what is checked here is the mapping, for every document of the
      // corpus; a day's index per document would only add index creations.
      List<JsonNode> documents = CorpusDocuments.all();
      StringBuilder bulk = new StringBuilder();
      for (JsonNode document : documents) {
        bulk.append("{\"create\":{}}\n").append(document).append('\n');
      }
      assertNoErrors(rest.bulk("/setup-live-2019.02.06/_bulk?refresh=true", bulk.toString()));
      assertThat(count(rest, "setup-live-*")).isEqualTo(documents.size());

      JsonNode fields = JSON.readTree(rest.get("/setup-live-2019.02.06/_mapping").body())
          .at("/setup-live-2019.02.06/mappings/properties");
      assertThat(fields.at("/client/properties/ip/type").asText()).isEqualTo("ip");
      assertThat(fields.at("/@timestamp/type").asText()).isEqualTo("date");
      assertThat(fields.at("/aws/properties/s3access/properties/object_size/type").asText())
          .isEqualTo("long");
      assertThat(fields.at("/aws/properties/s3access/properties/bytes_sent/path").asText())
          .isEqualTo("http.response.body.bytes");
      JsonNode url = fields.at("/url/properties/original");
      assertThat(url.path("type").asText()).isEqualTo("keyword");
      assertThat(url.at("/fields/text/type").asText()).isEqualTo("text");
      assertThat(fields.at("/aws/properties/s3access/properties/remote_ip/type").asText())
          .isEqualTo("alias");

      // the types at work: words in a URL, a network range, a number range
      assertThat(count(rest, "setup-live-*", "{\"match\":{\"url.original.text\":\"versioning\"}}"))
          .isPositive();
      assertThat(count(rest, "setup-live-*", "{\"term\":{\"client.ip\":\"192.0.2.0/24\"}}"))
          .isPositive();
      assertThat(count(rest, "setup-live-*",
          "{\"range\":{\"http.response.status_code\":{\"gte\":400}}}")).isPositive();
      JsonNode settings = JSON.readTree(rest.get("/setup-live-2019.02.06/_settings").body())
          .at("/setup-live-2019.02.06/settings/index");
      assertThat(settings.path("number_of_shards").asText()).isEqualTo("1");
      assertThat(settings.path("refresh_interval").asText()).isEqualTo("30s");
    } finally {
      deleteIndices(rest, Set.of("setup-live-2019.02.06"));
      deleteTemplates(server, options);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void addressesThatAreNotIpsIndexWhereTheyMayAppear(SearchEngine server) throws IOException {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-badip").withReplicas(0);
    EngineRest rest = server.rest();
    try {
      install(server, options);
      assertNoErrors(rest.bulk("/setup-badip-2020.01.01/_bulk", """
          {"create":{}}
          {"@timestamp":"2020-01-01T00:00:00.000Z","client":{"address":"not-an-ip"},\
          "tags":["s3logs_invalid_remote_ip"]}
          {"create":{}}
          {"@timestamp":"2020-01-01T00:00:01.000Z","client":{"address":"-"}}
          """));
      // the control: where an address must be valid, the mapping does refuse garbage
      Reply refused = rest.bulk("/setup-badip-2020.01.01/_bulk", """
          {"create":{}}
          {"@timestamp":"2020-01-01T00:00:02.000Z","client":{"ip":"not-an-ip"}}
          """);
      assertThat(JSON.readTree(refused.body()).at("/items/0/create/status").asInt())
          .as(refused.body()).isEqualTo(400);
    } finally {
      deleteIndices(rest, Set.of("setup-badip-2020.01.01"));
      deleteTemplates(server, options);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void deadLettersGetTheirOwnTemplateAndKeepTheRejectedDocumentAsIs(SearchEngine server)
      throws IOException {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-dlq").withReplicas(0);
    EngineRest rest = server.rest();
    try {
      install(server, options);
      assertNoErrors(rest.bulk("/setup-dlq-failed/_bulk?refresh=true", """
          {"create":{}}
          {"@timestamp":"2026-11-25T10:00:00.000Z","stage":"index",\
          "reason":"failed to parse field [client.ip] of type [ip]",\
          "error_type":"mapper_parsing_exception","status":400,"source":"s3://logs/2026-11-25",\
          "line_number":12,"raw":"79a5 bucket [06/Feb/2019:00:00:38 +0000] not-an-ip ...",\
          "raw_base64":"AAEC/w==","index":"setup-dlq-2026.11.25","id":"862xwYrpgrSqsHZBoEH8Fg",\
          "document":{"client":{"ip":"not-an-ip"},"http":{"response":{"status_code":"x"}}}}
          """));
      JsonNode fields = JSON.readTree(rest.get("/setup-dlq-failed/_mapping").body())
          .at("/setup-dlq-failed/mappings/properties");
      assertThat(fields.at("/stage/type").asText()).isEqualTo("keyword");
      assertThat(fields.at("/reason/fields/keyword/type").asText()).isEqualTo("keyword");
      assertThat(fields.at("/raw_base64/type").asText()).isEqualTo("binary");
      assertThat(fields.at("/document/enabled").asBoolean(true)).isFalse();
      assertThat(fields.has("client")).as("the log template did not apply").isFalse();
      assertThat(count(rest, "setup-dlq-failed",
          "{\"term\":{\"error_type\":\"mapper_parsing_exception\"}}")).isEqualTo(1);
    } finally {
      deleteIndices(rest, Set.of("setup-dlq-failed"));
      deleteTemplates(server, options);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void anEngineRefusalNamesTheTemplateAndTheEnginesReason(SearchEngine server) {
    SetupOptions options = SetupOptions.defaults().withPrefix("setup-clash");
    EngineRest rest = server.rest();
    // someone else's template at the same priority over part of the same names
    assertThat(rest.put("/_index_template/setup-clash-other",
        "{\"index_patterns\":[\"setup-clash-x-*\"],\"priority\":200}").status()).isEqualTo(200);
    try {
      assertThatThrownBy(() -> install(server, options))
          .isInstanceOf(SetupException.class)
          .hasMessageContaining("cannot install index template setup-clash: HTTP 400: "
              + "illegal_argument_exception")
          .hasMessageContaining("same priority [200]");
    } finally {
      rest.delete("/_index_template/setup-clash-other");
      deleteTemplates(server, options);
    }
  }
}
