package dev.s3logs.sink.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.s3logs.json.JsonTree;
import dev.s3logs.sink.http.HttpReply;

/** Reads the reason out of an engine's error answer, for messages a user can act on. */
public final class EngineError {

  private static final int MAX_TEXT = 300;

  private EngineError() {
  }

  /**
   * {@code HTTP 400: illegal_argument_exception: composable template [x] ... (caused by
   * mapper_parsing_exception: No handler for type [nope] ...)}: the outer error says what
   * failed, the innermost cause why. Plain-text errors and non-JSON answers come out as is.
   */
  public static String describe(HttpReply reply) {
    JsonNode error = json(reply).path("error");
    String text;
    if (error.isObject()) {
      text = typeAndReason(error);
      JsonNode cause = error;
      while (cause.path("caused_by").isObject()) {
        cause = cause.get("caused_by");
      }
      if (cause != error) {
        text += " (caused by " + typeAndReason(cause) + ")";
      }
    } else if (error.isTextual()) {
      text = error.asText();
    } else {
      text = reply.text().strip();
      text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    }
    return "HTTP " + reply.status() + (text.isEmpty() ? "" : ": " + text);
  }

  /** True when the answer is an engine's error object ({@code {"error":{"type":...}}}). */
  public static boolean isStructured(HttpReply reply) {
    return json(reply).path("error").has("type");
  }

  /** The answer's JSON; missing when it is empty or not JSON. */
  public static JsonNode json(HttpReply reply) {
    try {
      return JsonTree.read(reply.body());
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  private static String typeAndReason(JsonNode error) {
    return error.path("type").asText("error") + ": " + error.path("reason").asText("");
  }
}
