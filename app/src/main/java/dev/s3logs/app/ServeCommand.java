package dev.s3logs.app;

import dev.s3logs.store.duckdb.DuckDbLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3logs serve}: a read-only web dashboard over a DuckDB store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serves a dashboard of the requests in a DuckDB store (opened read-only): traffic,"
            + " errors and bytes over time, top objects, referrers, clients and agents,"
            + " latency, an estimate of the cost, and the requests themselves.",
        "Listens on 127.0.0.1 unless --bind says otherwise; then S3LOGS_SERVE_TOKEN must hold"
            + " a token, which every request must carry."})
final class ServeCommand implements Callable<Integer> {

  private final Streams streams;
  private final Map<String, String> env;
  private final Path workingDirectory;

  @Option(names = "--from", defaultValue = DuckDbLocation.DEFAULT, paramLabel = "duckdb:PATH",
      description = "The store ingest filled (default: ${DEFAULT-VALUE})")
  String from;

  @Mixin
  ServeOptions options;

  ServeCommand(Streams streams, Map<String, String> env, Path workingDirectory) {
    this.streams = streams;
    this.env = env;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    if (!DuckDbLocation.isNamedBy(from)) {
      throw new IllegalArgumentException("--from " + from + ": serve reads DuckDB stores only,"
          + " as --from " + DuckDbLocation.DEFAULT);
    }
    DuckDbLocation store = DuckDbLocation.of(from, workingDirectory);
    return Serving.serve(store, options, env, streams.err(), "s3logs serve");
  }
}
