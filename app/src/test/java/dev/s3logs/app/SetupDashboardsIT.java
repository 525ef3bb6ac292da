package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.DashboardsStub;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code setup --dashboards}: templates on the real engine, then the import into a loopback stub
 * of the Dashboards API (the request format only; a real import is the README's manual check).
 */
class SetupDashboardsIT {

  private static final String KIBANA_STATUS = "{\"version\":{\"number\":\"8.19.0\"},"
      + "\"status\":{\"overall\":{\"level\":\"available\"},\"core\":{\"elasticsearch\":"
      + "{\"level\":\"available\"}}}}";

  @Test
  void installsTheTemplatesThenImportsTheDashboardForTheIndexPattern() throws IOException {
    SearchEngine engine = SearchEngines.elasticsearch();
    try (DashboardsStub kibana = DashboardsStub.start()) {
      kibana.answer("/api/status", 200, KIBANA_STATUS).answer("/api/saved_objects/_import",
          200, "{\"success\":true,\"successCount\":18}");
      CommandRun run = setup(engine, kibana, "--index", "cli-dash-{yyyy.MM.dd}");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.err()).contains("index template cli-dash: ",
          "dashboards at " + kibana.baseUri(), "detected Kibana 8.19.0 (from GET /api/status)",
          "dashboard 'S3 access logs (cli-dash-*)' over cli-dash-*: 18 saved objects written");
      DashboardsStub.Request sent = kibana.requests().get(1);
      assertThat(sent.header("kbn-xsrf")).isEqualTo("true");
      assertThat(sent.body()).contains("\"title\":\"cli-dash-*\"", "s3logs-cli-dash-dashboard");
    } finally {
      engine.rest().delete("/_index_template/cli-dash");
      engine.rest().delete("/_index_template/cli-dash-failed");
    }
  }

  @Test
  void refusedCredentialsAreOneLineAndTheEngineExitCode() throws IOException {
    SearchEngine engine = SearchEngines.opensearch();
    try (DashboardsStub osd = DashboardsStub.start()) {
      osd.answer("/api/status", 401, "{\"statusCode\":401}");
      CommandRun run = setup(engine, osd, "--index", "cli-dash-401-{yyyy.MM.dd}");
      assertThat(run.exitCode()).isEqualTo(ExitCodes.ENGINE);
      assertThat(run.err()).contains("s3logs setup: " + osd.baseUri()
          + " refused the credentials (HTTP 401)").doesNotContain("Exception", "\tat ");
    } finally {
      engine.rest().delete("/_index_template/cli-dash-401");
      engine.rest().delete("/_index_template/cli-dash-401-failed");
    }
  }

  private static CommandRun setup(SearchEngine engine, DashboardsStub stub, String... more) {
    String[] args = new String[7 + more.length];
    String[] head = {"setup", "--to", engine.baseUri().toString(), "--replicas", "0",
        "--dashboards", stub.baseUri().toString()};
    System.arraycopy(head, 0, args, 0, head.length);
    System.arraycopy(more, 0, args, head.length, more.length);
    return CommandRun.run(args);
  }
}
