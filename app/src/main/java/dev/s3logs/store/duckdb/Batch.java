package dev.s3logs.store.duckdb;

import dev.s3logs.pipeline.ChunkSettlement;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.record.ParseFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunks gathered to be loaded in one transaction: their documents staged in a file, their
 * failed lines, and their settlements, released once the transaction has ended.
 */
final class Batch implements AutoCloseable {

  private final StagingFile documents;
  private final List<ParseFailure> failures = new ArrayList<>();
  private final List<ChunkSettlement> settlements = new ArrayList<>();

  Batch(Path directory) {
    this.documents = new StagingFile(directory);
  }

  /** Takes the chunk's documents and failures; the caller still releases its buffer. */
  void add(NdjsonChunk chunk) throws IOException {
    documents.add(chunk);
    failures.addAll(chunk.failures());
    settlements.add(chunk.settlement());
  }

  boolean isEmpty() {
    return settlements.isEmpty();
  }

  StagingFile documents() {
    return documents;
  }

  List<ParseFailure> failures() {
    return failures;
  }

  /** Fails every object of the batch: its documents are not stored. */
  void failAll(String reason) {
    settlements.forEach(settlement -> settlement.failAll(reason));
  }

  /** Lets the batch's objects be acknowledged (as done unless failed). */
  void release() {
    settlements.forEach(ChunkSettlement::release);
    settlements.clear();
  }

  @Override
  public void close() throws IOException {
    documents.close();
  }
}
