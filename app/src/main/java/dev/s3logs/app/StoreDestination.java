package dev.s3logs.app;

import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbSink;

/** A local DuckDB file: requests and dead letters in its tables. */
record StoreDestination(DuckDbLocation location, DuckDbSink sink) implements Destination {

  @Override
  public String describe() {
    return location.describe();
  }

  @Override
  public String deadLetterSummary(IngestCounters counters) {
    long kept = sink.deadLettersKept();
    return kept == 0 ? null : kept + " failed lines are kept in the table dead_letters of "
        + location.file();
  }

  @Override
  public void close() {
    sink.close();
  }
}
