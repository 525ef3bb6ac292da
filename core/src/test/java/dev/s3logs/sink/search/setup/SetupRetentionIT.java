package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.setup.SetupReport.Change;
import dev.s3logs.sink.search.setup.SetupReport.RetentionState;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Retention on the test servers, which have neither ISM nor ILM, and through a proxy that
 * answers the policy endpoints the way clusters that have them do.
 */
class SetupRetentionIT {

  private static final Retention DAYS_90 = Retention.parse("90d");

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void withoutThePolicyApiRetentionIsReportedUnavailableAndTheTemplatesStillInstalled(
      SearchEngine server) {
    SetupOptions options = SetupOptions.defaults().withPrefix("retention-none")
        .withReplicas(0).withRetention(DAYS_90);
    try {
      SetupReport report = SetupCalls.install(server, options);
      assertThat(report.retention().state()).isEqualTo(RetentionState.UNAVAILABLE);
      assertThat(report.complete()).isFalse();
      assertThat(report.retention().summary())
          .startsWith("retention not installed: this " + (server.isOpenSearch()
              ? "OpenSearch cluster has no Index State Management plugin (GET "
                  + "/_plugins/_ism/policies/retention-none-retention answered HTTP 400: "
              : "Elasticsearch cluster has no index lifecycle management (ILM) (GET "
                  + "/_ilm/policy/retention-none-retention answered HTTP 400: "))
          .contains("no handler found for uri")
          .endsWith("indices will not be deleted automatically");
      assertThat(report.templates()).extracting(SetupReport.TemplateStep::change)
          .containsExactly(Change.CREATED, Change.CREATED);
      assertThat(server.rest().get("/_index_template/retention-none").body())
          .doesNotContain("lifecycle");
    } finally {
      SetupCalls.deleteTemplates(server, options);
    }
  }

  @Test
  void aClusterWithIsmGetsThePolicyOnceAndAnUpdateNamingTheVersionItReplaces() {
    SearchEngine server = SearchEngines.opensearch();
    SetupOptions options = SetupOptions.defaults().withPrefix("retention-ism")
        .withReplicas(0).withRetention(DAYS_90);
    SimulatedIsm ism = new SimulatedIsm();
    try (LoopbackProxy proxy = LoopbackProxy.in(server.baseUri(), ism)) {
      HttpTransport http = transport(proxy.uri());
      Engine engine = new Engine(Engine.Flavor.OPENSEARCH, server.version());

      SetupReport first = Setup.install(http, engine, options);
      assertThat(first.retention().state()).isEqualTo(RetentionState.INSTALLED);
      assertThat(first.retention().detail()).isEqualTo("ISM policy retention-ism-retention "
          + "deletes indices matching retention-ism-2* 90d after their creation (indices created "
          + "from now on)");
      assertThat(ism.puts).hasSize(1);
      assertThat(ism.puts.get(0).pathAndQuery())
          .isEqualTo(SimulatedIsm.PREFIX + "retention-ism-retention");
      JsonNode policy = SimulatedIsm.read(ism.puts.get(0).body()).path("policy");
      assertThat(policy.at("/states/0/transitions/0/conditions/min_index_age").asText())
          .isEqualTo("90d");
      assertThat(policy.at("/states/1/actions/0").has("delete")).isTrue();
      assertThat(policy.at("/ism_template/0/index_patterns/0").asText())
          .isEqualTo("retention-ism-2*");

      SetupReport again = Setup.install(http, engine, options);
      assertThat(again.retention().state()).isEqualTo(RetentionState.UNCHANGED);
      assertThat(ism.puts).as("an equal policy is left alone").hasSize(1);

      SetupReport shorter = Setup.install(http, engine,
          options.withRetention(Retention.parse("30d")));
      assertThat(shorter.retention().state()).isEqualTo(RetentionState.UPDATED);
      assertThat(shorter.retention().detail()).contains("30d", "_ism/change_policy");
      assertThat(ism.puts.get(1).pathAndQuery()).endsWith("?if_seq_no=0&if_primary_term=1");
      assertThat(SimulatedIsm.read(ism.puts.get(1).body())
          .at("/policy/states/0/transitions/0/conditions/min_index_age").asText())
          .isEqualTo("30d");
    } finally {
      SetupCalls.deleteTemplates(server, options);
    }
  }

  @Test
  void aClusterWithIlmGetsThePolicyNamedInTheLogTemplateOnly() {
    SearchEngine server = SearchEngines.elasticsearch();
    SetupOptions options = SetupOptions.defaults().withPrefix("retention-ilm")
        .withReplicas(0).withRetention(DAYS_90);
    SimulatedIlm ilm = new SimulatedIlm(server.rest());
    try (LoopbackProxy proxy = LoopbackProxy.in(server.baseUri(), ilm)) {
      HttpTransport http = transport(proxy.uri());
      Engine engine = new Engine(Engine.Flavor.ELASTICSEARCH, server.version());

      SetupReport first = Setup.install(http, engine, options);
      assertThat(first.retention().state()).isEqualTo(RetentionState.INSTALLED);
      assertThat(first.templates()).extracting(SetupReport.TemplateStep::change)
          .containsExactly(Change.CREATED, Change.CREATED);
      assertThat(ilm.policyPuts).hasSize(1);
      JsonNode phases = SimulatedIsm.read(ilm.policyPuts.get(0).body()).at("/policy/phases");
      assertThat(phases.at("/delete/min_age").asText()).isEqualTo("90d");
      assertThat(phases.at("/delete/actions").has("delete")).isTrue();
      assertThat(ilm.lifecycles).containsEntry("retention-ilm", "retention-ilm-retention")
          .doesNotContainKey("retention-ilm-failed");

      SetupReport again = Setup.install(http, engine, options);
      assertThat(again.retention().state()).isEqualTo(RetentionState.UNCHANGED);
      assertThat(again.templates()).extracting(SetupReport.TemplateStep::change)
          .containsExactly(Change.UNCHANGED, Change.UNCHANGED);
      assertThat(ilm.policyPuts).hasSize(1);

      // a re-run without --retention leaves retention on, as it does on OpenSearch
      SetupReport without = Setup.install(http, engine, options.withRetention(null));
      assertThat(without.retention().state()).isEqualTo(RetentionState.NOT_REQUESTED);
      assertThat(without.templates()).extracting(SetupReport.TemplateStep::change)
          .containsExactly(Change.UNCHANGED, Change.UNCHANGED);
      assertThat(ilm.lifecycles).containsEntry("retention-ilm", "retention-ilm-retention");
    } finally {
      SetupCalls.deleteTemplates(server, options);
    }
  }

  @Test
  void serverlessIsToldToSetRetentionOnTheCollection() {
    SearchEngine server = SearchEngines.opensearch();
    SetupOptions options = SetupOptions.defaults().withPrefix("retention-aoss")
        .withRetention(DAYS_90);
    try {
      SetupReport report = Setup.install(SetupCalls.transport(server),
          new Engine(Engine.Flavor.OPENSEARCH_SERVERLESS, "unknown"), options);
      assertThat(report.retention().state()).isEqualTo(RetentionState.UNAVAILABLE);
      assertThat(report.retention().detail()).contains("OpenSearch Serverless has no Index "
          + "State Management", "data lifecycle policy");
      assertThat(server.rest().get("/_index_template/retention-aoss").body())
          .doesNotContain("number_of_shards").contains("\"client\"");
    } finally {
      SetupCalls.deleteTemplates(server, options);
    }
  }

  private static HttpTransport transport(URI uri) {
    return new HttpTransport(uri, RequestAuth.NONE, TlsSettings.DEFAULT, false,
        Duration.ofSeconds(30));
  }
}
