package dev.s3logs.lambda.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.json.JsonTree;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads events as JSON trees with our own Jackson (the managed runtime's is shaded), and with
 * jackson-core alone: an ObjectMapper's first use would cost the cold start about 0.2 s.
 */
final class EventJson {

  /** For answers and messages; the runtime owns the output stream and closes it itself. */
  static final JsonFactory WRITER = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private EventJson() {
  }

  /** The event's top-level object. */
  static JsonNode object(InputStream in, String what) throws IOException {
    JsonNode root;
    try {
      root = JsonTree.read(in);
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(what + " is not JSON: " + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      throw new MalformedEventException(what + " is not a JSON object");
    }
    return root;
  }

  /** The node's text, empty when it is missing or not a string. */
  static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : "";
  }
}
