package dev.s3logs.document;

import dev.s3logs.record.ParseFailure;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes failure records as NDJSON: {@code {"source":..,"line":..,"reason":..,"raw":..}}. The raw
 * line is kept whole so that a fixed parser can replay it; a line that is not valid UTF-8 also
 * gets {@code "raw_base64"}, its exact bytes, since the text shows the bad bytes as U+FFFD. {@link #close} flushes the records
 * but leaves the stream open.
 */
public final class FailureWriter implements Closeable {

  private static final byte[] SOURCE = JsonLine.name("source");
  private static final byte[] LINE = JsonLine.name("line");
  private static final byte[] REASON = JsonLine.name("reason");
  private static final byte[] RAW = JsonLine.name("raw");
  private static final byte[] RAW_BASE64 = JsonLine.name("raw_base64");
  private static final int BLOCK = 1 << 16;

  private final OutputStream out;
  private final JsonLine json = new JsonLine();

  public FailureWriter(OutputStream out) {
    this.out = out;
  }

  public void write(ParseFailure failure) {
    json.beginObject();
    json.string(SOURCE, failure.source());
    json.number(LINE, failure.lineNumber());
    json.string(REASON, failure.reason());
    json.string(RAW, failure.rawLine());
    json.string(RAW_BASE64, failure.rawBase64());
    json.endLine();
    if (json.size() >= BLOCK) {
      drain();
    }
  }

  @Override
  public void close() {
    drain();
  }

  private void drain() {
    try {
      json.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write failures: " + e.getMessage(), e);
    }
  }
}
