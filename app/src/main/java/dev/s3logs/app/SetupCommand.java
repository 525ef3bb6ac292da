package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.sink.search.setup.Retention;
import dev.s3logs.sink.search.setup.Setup;
import dev.s3logs.sink.search.setup.SetupOptions;
import dev.s3logs.sink.search.setup.SetupReport;
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
        "ingest runs this itself when the templates are missing."})
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

  SetupCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    SetupOptions options = indexOptions.setup().withReplicas(replicas)
        .withRefreshInterval(refreshInterval)
        .withRetention(retention == null ? null : Retention.parse(retention));
    EngineConnection engine = engineOptions.connect(streams.err());
    SetupReport report = Setup.install(engine.http(), engine.engine(), options);
    streams.err().println("s3logs setup: " + engine.engine() + " at " + engine.http().base());
    report.lines().forEach(line -> streams.err().println("  " + line));
    return report.complete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }
}
