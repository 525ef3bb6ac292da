package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.assembly.SearchSinkAssembly;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbSink;
import dev.s3logs.store.duckdb.DuckDbStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The destination {@code --to} names, for {@code ingest} and {@code run}: {@code duckdb:PATH}
 * (the default) or a search engine's URL. Checked in two steps, so that a bad setting is refused
 * before any input is read and the engine is asked only once the settings are sound.
 */
final class Destinations {

  private final SearchSinkOptions options;
  private final DuckDbLocation store;
  private final SearchSinkConfig engineConfig;

  /** Checks the settings; {@code workingDirectory} resolves a relative {@code duckdb:} path. */
  Destinations(SearchSinkOptions options, Path workingDirectory) {
    this.options = options;
    String to = options.engine.to == null ? DuckDbLocation.DEFAULT : options.engine.to;
    this.store = DuckDbLocation.isNamedBy(to) ? DuckDbLocation.of(to, workingDirectory) : null;
    this.engineConfig = store == null ? options.config() : null;
  }

  /** Opens the destination; {@code label} prefixes notes, as in {@code s3logs ingest}. */
  Destination open(IngestCounters counters, PrintStream err, String label) {
    if (store != null) {
      DuckDbSink sink = new DuckDbSink(DuckDbStore.open(store),
          Path.of(System.getProperty("java.io.tmpdir")), counters, Clock.systemUTC());
      return new StoreDestination(store, sink);
    }
    EngineConnection engine = options.engine.connect(err);
    SearchSinkAssembly assembly = SearchSinkAssembly.open(engine, engineConfig, counters,
        note -> err.println(label + ": " + note));
    return new EngineDestination(engine, assembly);
  }
}
