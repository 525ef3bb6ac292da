package dev.s3logs.lambda.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads events as JSON trees with our own Jackson: the managed runtime's is shaded and its
 * annotations would not see our classes anyway.
 */
final class EventJson {

  // The runtime owns the output stream and closes it itself.
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private EventJson() {
  }

  /** The event's top-level object. */
  static JsonNode object(InputStream in, String what) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(what + " is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new MalformedEventException(what + " is not a JSON object");
    }
    return root;
  }

  /** The node's text, empty when it is missing or not a string. */
  static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : "";
  }
}
