package dev.s3logs.document;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.s3logs.record.AccessLogRecord;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes one document per line (NDJSON) to a stream. The stream is not closed by {@link #close}. */
public final class NdjsonWriter implements Closeable, Flushable {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator generator;
  private final DocumentWriter documents = new DocumentWriter();

  public NdjsonWriter(OutputStream out) {
    try {
      generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      generator.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(AccessLogRecord record) {
    try {
      documents.write(record, generator);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
