package dev.s3logs.sink.discard;

import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.sink.Sink;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts documents and their bytes and throws them away, settling each chunk at once: the
 * pipeline's own speed, with no output to wait for (benchmarks of sources). Counts may be read
 * from any thread.
 */
public final class DiscardSink implements Sink {

  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  @Override
  public DocumentFraming newFraming() {
    return DocumentFraming.NONE;
  }

  @Override
  public boolean needsItems() {
    return false;
  }

  @Override
  public void accept(NdjsonChunk chunk) {
    documents.addAndGet(chunk.records());
    bytes.addAndGet(chunk.length());
    failures.addAndGet(chunk.failures().size());
    chunk.release();
    chunk.settlement().release();
  }

  /** Documents taken so far. */
  public long documents() {
    return documents.get();
  }

  /** Bytes of those documents, as NDJSON. */
  public long bytes() {
    return bytes.get();
  }

  /** Lines that did not parse, taken so far. */
  public long failures() {
    return failures.get();
  }

  @Override
  public void flush() {
    // nothing is held back
  }

  @Override
  public void finish() {
    // every chunk was settled as it came
  }

  @Override
  public void close() {
    // nothing to let go of
  }
}
