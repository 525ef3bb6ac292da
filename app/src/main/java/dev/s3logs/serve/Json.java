package dev.s3logs.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** Values as JSON: times as ISO-8601 UTC strings; strings escaped by Jackson, never by hand. */
final class Json {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(
      new SimpleModule().addSerializer(Instant.class, new JsonSerializer<>() {
        @Override
        public void serialize(Instant value, JsonGenerator out, SerializerProvider provider)
            throws IOException {
          out.writeString(value.toString());
        }
      }));

  byte[] bytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  byte[] error(String message) {
    return bytes(Map.of("error", message));
  }
}
