package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends one {@code _search} to the log indices and reads the answer; every failure becomes an
 * {@link EngineTrafficException} naming {@code --from} and the engine's reason.
 */
final class SearchCall {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpTransport http;
  private final String path;

  /** {@code target}: the indices, e.g. {@code s3-access-logs-*,-s3-access-logs-failed}. */
  SearchCall(HttpTransport http, String target) {
    this.http = http;
    // no index yet (nothing ingested) answers as empty, not 404
    this.path = "/" + target + "/_search?ignore_unavailable=true&allow_no_indices=true";
  }

  JsonNode search(ObjectNode body) {
    HttpReply reply;
    try {
      reply = http.send("POST", path, "application/json",
          body.toString().getBytes(StandardCharsets.UTF_8));
    } catch (EngineUnreachableException e) {
      throw new EngineTrafficException("--from " + http.base() + ": " + e.getMessage(), e);
    }
    if (reply.status() == 401 || reply.status() == 403) {
      throw new EngineTrafficException("--from " + http.base() + " refused the credentials"
          + " (HTTP " + reply.status() + "): check --user / --auth");
    }
    if (!reply.isSuccess()) {
      throw new EngineTrafficException("--from " + http.base() + ": the search failed (HTTP "
          + reply.status() + "): " + reason(reply));
    }
    return parse(reply);
  }

  private static String reason(HttpReply reply) {
    try {
      JsonNode error = JSON.readTree(reply.body()).path("error");
      JsonNode cause = error.path("root_cause").path(0);
      JsonNode shown = cause.isMissingNode() ? error : cause;
      return shown.path("type").asText() + ": " + shown.path("reason").asText();
    } catch (IOException e) {
      String text = reply.text();
      return text.substring(0, Math.min(200, text.length()));
    }
  }

  private JsonNode parse(HttpReply reply) {
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new EngineTrafficException("--from " + http.base() + ": the answer to a search is"
          + " not JSON: " + e.getMessage(), e);
    }
  }
}
