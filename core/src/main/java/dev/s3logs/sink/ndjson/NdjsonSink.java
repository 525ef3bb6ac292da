package dev.s3logs.sink.ndjson;

import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.Sink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Documents as NDJSON on a stream ({@code s3logs parse}), written in input order as each chunk
 * arrives; lines that failed to parse go to {@code failures}. A chunk is settled once written.
 */
public final class NdjsonSink implements Sink {

  private final OutputStream out;
  private final Consumer<ParseFailure> failures;

  public NdjsonSink(OutputStream out, Consumer<ParseFailure> failures) {
    this.out = out;
    this.failures = failures;
  }

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
    try {
      chunk.writeTo(out);
    } catch (IOException e) {
      chunk.settlement().failAll("cannot write output: " + e.getMessage());
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    } finally {
      chunk.release();
    }
    chunk.failures().forEach(failures);
    chunk.settlement().release();
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }

  @Override
  public void finish() {
    flush();
  }

  @Override
  public void close() {
    // the stream belongs to the caller
  }
}
