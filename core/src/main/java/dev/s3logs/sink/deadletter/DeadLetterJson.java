package dev.s3logs.sink.deadletter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * One dead-letter record as a JSON object, the shape of both destinations and of the dead-letter
 * index template: the raw line as text when it is UTF-8, else as {@code raw_base64}; the refused
 * document embedded as JSON.
 */
final class DeadLetterJson {

  private static final JsonFactory JSON = new JsonFactory();

  private DeadLetterJson() {
  }

  static byte[] of(DeadLetterRecord r, Instant when) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + r.rawLine().length * 2);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("@timestamp", when.toString());
      g.writeStringField("stage", r.stage());
      g.writeStringField("reason", r.reason());
      optional(g, "error_type", r.errorType());
      if (r.status() > 0) {
        g.writeNumberField("status", r.status());
      }
      g.writeStringField("source", r.source());
      g.writeNumberField("line_number", r.lineNumber());
      writeRaw(g, r.rawLine());
      optional(g, "index", r.index());
      optional(g, "id", r.id());
      if (r.document() != null) {
        g.writeFieldName("document");
        g.writeRawValue(new String(r.document(), StandardCharsets.UTF_8));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("JSON in memory failed", e);
    }
    return out.toByteArray();
  }

  private static void writeRaw(JsonGenerator g, byte[] raw) throws IOException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw)).toString();
      g.writeStringField("raw", text);
    } catch (CharacterCodingException e) {
      g.writeStringField("raw_base64", Base64.getEncoder().encodeToString(raw));
    }
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
