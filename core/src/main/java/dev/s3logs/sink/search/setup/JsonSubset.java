package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Whether a stored policy still says what s3logs would write. Engines hand policies back with
 * defaults filled in (ISM adds {@code retry} to every action, ILM {@code min_age: 0ms} to every
 * phase) and bookkeeping ({@code last_updated_time}), so equality would never hold: instead every
 * member we set must be there with the same value. Arrays must match element by element, so an
 * added state or action still counts as a difference.
 */
final class JsonSubset {

  private JsonSubset() {
  }

  static boolean contains(JsonNode actual, JsonNode expected) {
    if (actual == null || actual.isNull() || actual.isMissingNode()) {
      return expected.isNull();
    }
    if (expected.isObject()) {
      return actual.isObject() && containsMembers(actual, expected);
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!contains(actual.get(i), expected.get(i))) {
          return false;
        }
      }
      return true;
    }
    // Engines may turn numbers and booleans into strings: compare the text.
    return actual.isValueNode() && actual.asText().equals(expected.asText());
  }

  private static boolean containsMembers(JsonNode actual, JsonNode expected) {
    for (Map.Entry<String, JsonNode> member : expected.properties()) {
      if (!contains(actual.get(member.getKey()), member.getValue())) {
        return false;
      }
    }
    return true;
  }
}
