package dev.s3logs.app;

import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbTraffic;
import dev.s3logs.traffic.TrafficQueries;

/** A store the dashboard reads, opened, with its name for the line that gives the URL. */
record ServedStore(TrafficQueries traffic, String description) implements AutoCloseable {

  static ServedStore duckDb(DuckDbLocation location) {
    return new ServedStore(DuckDbTraffic.open(location), location.describe());
  }

  @Override
  public void close() {
    traffic.close();
  }
}
