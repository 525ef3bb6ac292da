package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.store.duckdb.DuckDbLocation;
import java.io.PrintStream;
import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the search engine is and how to talk to it: shared by {@code ingest} and {@code setup}. */
final class EngineOptions {

  // Not required by picocli: ingest and run store into DuckDB without it; setup needs it.
  @Option(names = "--to", paramLabel = "URL",
      description = "The engine's URL, e.g. https://search-logs-abc.eu-west-1.es.amazonaws.com;"
          + " for ingest and run also duckdb:PATH, a local DuckDB file (their default: "
          + DuckDbLocation.DEFAULT + ")")
  String to;

  @Mixin
  EngineAccessOptions access;

  /** The engine settings these options give; secrets are read from the environment here. */
  EngineConfig config() {
    return access.config(url());
  }

  /** Connects to the engine, notes on standard error. */
  EngineConnection connect(PrintStream err) {
    return access.connect(url(), err);
  }

  /** The engine's URL; {@code --to} is required where only an engine will do. */
  URI url() {
    if (to == null) {
      throw new IllegalArgumentException("--to is required: the engine's URL");
    }
    if (DuckDbLocation.isNamedBy(to)) {
      throw new IllegalArgumentException("--to " + to + ": this command needs a search engine's"
          + " URL, not a DuckDB file");
    }
    return EngineAccessOptions.uri("--to", to);
  }
}
