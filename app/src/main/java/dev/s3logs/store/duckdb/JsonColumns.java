package dev.s3logs.store.duckdb;

import dev.s3logs.document.DocumentField;
import dev.s3logs.document.DocumentFields;
import dev.s3logs.traffic.BotPatterns;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How DuckDB's JSON reader sees a document: its top-level members with their types, nested
 * objects as STRUCTs ({@code columns = {...}}), and the expressions that take each field out of
 * them, in {@link RequestsTable}'s column order. Derived from {@link DocumentFields}, so the
 * reader never guesses a type from the data.
 */
final class JsonColumns {

  private JsonColumns() {
  }

  /** The reader's {@code columns} argument. */
  static String structure() {
    return members(tree(), true);
  }

  /** The select list: the id, each field's member, then the derived columns, in table order. */
  static String selection() {
    return "\"id\", " + DocumentFields.ALL.stream().map(JsonColumns::access)
        .collect(Collectors.joining(", ")) + ", " + bot();
  }

  /** {@link RequestsTable#BOT}: no user agent is no bot, as {@link BotPatterns#isBot} says. */
  private static String bot() {
    DocumentField agent = DocumentFields.ALL.stream()
        .filter(field -> RequestsTable.column(field).equals(TrafficColumns.USER_AGENT))
        .findFirst().orElseThrow();
    return "coalesce(regexp_matches(lower(" + access(agent) + "), "
        + RequestsTable.literal(BotPatterns.regex()) + "), false)";
  }

  /** {@code "http"['response']['status_code']}. */
  private static String access(DocumentField field) {
    String[] parts = field.parts();
    StringBuilder expression = new StringBuilder(RequestsTable.quoted(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      expression.append('[').append(RequestsTable.literal(parts[i])).append(']');
    }
    return expression.toString();
  }

  /** Nested maps of member names to either a SQL type or the map of an object's members. */
  private static Map<String, Object> tree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", "VARCHAR");
    for (DocumentField field : DocumentFields.ALL) {
      Map<String, Object> level = root;
      String[] parts = field.parts();
      for (int i = 0; i < parts.length - 1; i++) {
        level = child(level, parts[i]);
      }
      level.put(parts[parts.length - 1], RequestsTable.type(field.value()));
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> level, String name) {
    return (Map<String, Object>) level.computeIfAbsent(name, key -> new LinkedHashMap<>());
  }

  /** {@code {'a': 'VARCHAR', ...}} at the top, {@code STRUCT("a" VARCHAR, ...)} inside. */
  @SuppressWarnings("unchecked")
  private static String members(Map<String, Object> members, boolean top) {
    String inside = members.entrySet().stream().map(member -> {
      String type = member.getValue() instanceof Map
          ? members((Map<String, Object>) member.getValue(), false) : (String) member.getValue();
      return top ? RequestsTable.literal(member.getKey()) + ": " + RequestsTable.literal(type)
          : RequestsTable.quoted(member.getKey()) + " " + type;
    }).collect(Collectors.joining(", "));
    return top ? "{" + inside + "}" : "STRUCT(" + inside + ")";
  }
}
