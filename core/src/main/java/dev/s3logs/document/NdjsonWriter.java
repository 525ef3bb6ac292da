package dev.s3logs.document;

import dev.s3logs.record.LogEvent;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes one document per line (NDJSON) to a stream, in blocks of about 64 KiB. The stream is
 * flushed but not closed by {@link #close}.
 */
public final class NdjsonWriter implements Closeable, Flushable {

  private static final int BLOCK = 1 << 16;

  private final OutputStream out;
  private final JsonLine json = new JsonLine();
  private final DocumentWriter documents = new DocumentWriter();

  public NdjsonWriter(OutputStream out) {
    this.out = out;
  }

  public void write(LogEvent event) {
    documents.write(event, json);
    if (json.size() >= BLOCK) {
      drain();
    }
  }

  @Override
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    flush();
  }

  private void drain() {
    try {
      json.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
