package dev.s3logs.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request's query parameters, each at most once, of names the dashboard knows. */
record QueryString(Map<String, String> values) {

  static QueryString parse(String raw, Set<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return new QueryString(values);
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (!known.contains(name)) {
        throw new BadRequestException("unknown parameter '" + name + "'; known: "
            + String.join(", ", known));
      }
      if (values.put(name, value) != null) {
        throw new BadRequestException("parameter '" + name + "' given twice");
      }
    }
    return new QueryString(values);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("the query string is not URL-encoded: " + e.getMessage());
    }
  }

  /** The value, or null when absent or empty. */
  String get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
