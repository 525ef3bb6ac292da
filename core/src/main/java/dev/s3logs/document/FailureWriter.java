package dev.s3logs.document;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.s3logs.record.ParseFailure;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes failure records as NDJSON: {@code {"source":..,"line":..,"reason":..,"raw":..}}. The raw
 * line is kept whole so that a fixed parser can replay it.
 */
public final class FailureWriter implements Closeable {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator generator;

  public FailureWriter(OutputStream out) {
    try {
      generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      generator.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(ParseFailure failure) {
    try {
      generator.writeStartObject();
      generator.writeStringField("source", failure.source());
      generator.writeNumberField("line", failure.lineNumber());
      generator.writeStringField("reason", failure.reason());
      generator.writeStringField("raw", failure.rawLine());
      generator.writeEndObject();
      generator.writeRaw('\n');
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
