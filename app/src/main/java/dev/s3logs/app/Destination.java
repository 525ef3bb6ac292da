package dev.s3logs.app;

import dev.s3logs.sink.Sink;
import dev.s3logs.sink.search.IngestCounters;

/**
 * Where {@code ingest} and {@code run} put requests: a search engine or a DuckDB file, chosen by
 * {@code --to} ({@link Destinations}). Closing it closes the sink.
 */
interface Destination extends AutoCloseable {

  Sink sink();

  /** As summaries name it: {@code OpenSearch 2.19.6 at http://...}, {@code duckdb:/path}. */
  String describe();

  /** Where the failed lines are, or null when none were kept. */
  String deadLetterSummary(IngestCounters counters);

  @Override
  void close();
}
