package dev.s3logs.document;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a field only when it has a value: the document never carries nulls or "-". */
final class Fields {

  private Fields() {
  }

  static void string(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  static void number(JsonGenerator g, String name, long value) throws IOException {
    if (value >= 0) {
      g.writeNumberField(name, value);
    }
  }
}
