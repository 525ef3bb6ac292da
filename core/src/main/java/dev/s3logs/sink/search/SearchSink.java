package dev.s3logs.sink.search;

import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.sink.Sink;
import dev.s3logs.sink.deadletter.DeadLetters;
import dev.s3logs.sink.http.HttpTransport;

/**
 * OpenSearch or Elasticsearch through {@code _bulk}: documents into the indices the naming
 * pattern gives, lines that failed to parse and documents refused for good into the dead
 * letters.
 */
public final class SearchSink implements Sink {

  private final String indexPattern;
  private final boolean create;
  private final boolean withIds;
  private final BulkIndexer indexer;

  /**
   * @param create {@code create} actions (data streams) instead of {@code index}
   * @param withIds send document ids; false only where the engine refuses them
   */
  public SearchSink(HttpTransport http, String indexPattern, boolean create, boolean withIds,
      BulkSettings settings, DeadLetters deadLetters, IngestCounters counters) {
    this.indexPattern = indexPattern;
    this.create = create;
    this.withIds = withIds;
    this.indexer = new BulkIndexer(http, settings, deadLetters, counters, !withIds);
    new IndexNaming(indexPattern); // fails here, before any reading, on a bad pattern
  }

  @Override
  public DocumentFraming newFraming() {
    return new BulkAction(new IndexNaming(indexPattern), create, withIds);
  }

  @Override
  public boolean needsItems() {
    return true;
  }

  @Override
  public void accept(NdjsonChunk chunk) {
    try {
      indexer.accept(chunk);
    } finally {
      chunk.release();
    }
  }

  @Override
  public void flush() {
    indexer.flush();
  }

  @Override
  public void finish() {
    indexer.finish();
  }

  @Override
  public void close() {
    indexer.close();
  }
}
