package dev.s3logs.app;

import dev.s3logs.config.EngineConfig;
import dev.s3logs.sink.search.setup.SetupOptions;
import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.engine.EngineTraffic;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3logs serve}: a read-only web dashboard over a DuckDB store or a search engine. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serves a dashboard of the requests in a DuckDB store (opened read-only) or in the"
            + " indices of OpenSearch or Elasticsearch that ingest filled: traffic, errors and"
            + " bytes over time, top objects, referrers, clients and agents, latency, an"
            + " estimate of the cost, and the requests themselves.",
        "Listens on 127.0.0.1 unless --bind says otherwise; then S3LOGS_SERVE_TOKEN must hold"
            + " a token, which every request must carry."})
final class ServeCommand implements Callable<Integer> {

  private final Streams streams;
  private final Map<String, String> env;
  private final Path workingDirectory;

  @Option(names = "--from", defaultValue = DuckDbLocation.DEFAULT, paramLabel = "duckdb:PATH|URL",
      description = "The store ingest filled: a DuckDB file, or the URL of OpenSearch or"
          + " Elasticsearch, read from the indices --index or --data-stream names (default:"
          + " ${DEFAULT-VALUE})")
  String from;

  @Mixin
  ServeOptions options;

  @Mixin
  EngineAccessOptions engine;

  @Mixin
  IndexOptions index;

  ServeCommand(Streams streams, Map<String, String> env, Path workingDirectory) {
    this.streams = streams;
    this.env = env;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    if (DuckDbLocation.isNamedBy(from)) {
      DuckDbLocation store = DuckDbLocation.of(from, workingDirectory);
      return Serving.serve(() -> ServedStore.duckDb(store), options, env, streams.err(),
          "s3logs serve");
    }
    EngineConfig config = engine.config(EngineAccessOptions.uri("--from", from));
    SetupOptions indices = index.setup();
    return Serving.serve(() -> {
      EngineTraffic traffic = EngineTraffic.connect(config, indices,
          note -> streams.err().println("s3logs serve: " + note));
      return new ServedStore(traffic, traffic.describe());
    }, options, env, streams.err(), "s3logs serve");
  }
}
