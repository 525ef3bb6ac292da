package dev.s3logs.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads JSON this package wrote itself, or a product's answer. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {
  }

  /** Parses JSON this package built; a failure is a bug here, not bad input. */
  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid JSON built for a panel: " + json, e);
    }
  }
}
