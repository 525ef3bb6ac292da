package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.dashboards.DashboardTarget;
import dev.s3logs.dashboards.DashboardsSetup;
import dev.s3logs.sink.search.setup.Retention;
import dev.s3logs.sink.search.setup.Setup;
import dev.s3logs.sink.search.setup.SetupOptions;
import dev.s3logs.sink.search.setup.SetupReport;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3logs setup}: index templates and retention, installed idempotently. */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description = {
        "Installs the index templates (explicit mappings for every document field) for the"
            + " logs and their dead letters, and with --retention a policy that deletes old"
            + " indices: ISM on OpenSearch, ILM on Elasticsearch. Safe to run again.",
        "ingest runs this itself when the templates are missing.",
        "With --dashboards, also imports an index pattern and a dashboard into OpenSearch"
            + " Dashboards or Kibana (whichever answers there), with the same credentials."})
final class SetupCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  IndexOptions indexOptions;

  @Option(names = "--retention", paramLabel = "AGE",
      description = "Delete indices this old, e.g. 90d or 12h (data streams)")
  String retention;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
      description = "Replicas per index (default: ${DEFAULT-VALUE}; 0 on a single node)")
  int replicas;

  @Option(names = "--refresh-interval", paramLabel = "TIME", defaultValue = "30s",
      description = "How soon new documents become searchable (default: ${DEFAULT-VALUE})")
  String refreshInterval;

  @Option(names = "--dashboards", paramLabel = "URL",
      description = "OpenSearch Dashboards or Kibana to import the dashboard into, e.g. "
          + "http://localhost:5601 or https://search-logs-abc.eu-west-1.es.amazonaws.com"
          + "/_dashboards")
  URI dashboards;

  SetupCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    requireDashboardsUrl();
    SetupOptions options = indexOptions.setup().withReplicas(replicas)
        .withRefreshInterval(refreshInterval)
        .withRetention(retention == null ? null : Retention.parse(retention));
    EngineConnection engine = engineOptions.connect(streams.err());
    SetupReport report = Setup.install(engine.http(), engine.engine(), options);
    streams.err().println("s3logs setup: " + engine.engine() + " at " + engine.http().base());
    report.lines().forEach(line -> streams.err().println("  " + line));
    boolean complete = report.complete();
    if (dashboards != null) {
      complete &= importDashboards(new DashboardTarget(options.logPattern()));
    }
    return complete ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }

  private boolean importDashboards(DashboardTarget target) {
    EngineConfig engine = engineOptions.config();
    // Same authentication and TLS as the engine; no gzip: Dashboards does not take it.
    EngineConfig config = new EngineConfig(dashboards, engine.kind(), engine.auth(),
        engine.caCert(), engine.insecure(), false);
    DashboardsSetup.Result result = DashboardsSetup.install(EngineConnection.transport(config),
        target);
    streams.err().println("s3logs setup: dashboards at " + dashboards);
    result.lines().forEach(line -> streams.err().println("  " + line));
    return result.report().complete();
  }

  /** Checked first, so that a typo stops setup before it changes anything. */
  private void requireDashboardsUrl() {
    if (dashboards != null && (dashboards.getHost() == null
        || !("http".equals(dashboards.getScheme()) || "https".equals(dashboards.getScheme())))) {
      throw new IllegalArgumentException("--dashboards needs an http(s) URL with a host, like "
          + "http://localhost:5601: got '" + dashboards + "'");
    }
  }
}
