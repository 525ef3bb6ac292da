package dev.s3logs.store.duckdb;

import dev.s3logs.document.DocumentField;
import dev.s3logs.document.DocumentFields;
import dev.s3logs.traffic.BotPatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code requests} table, derived from {@link DocumentFields}: one typed column per field,
 * named by its path with dots as underscores and no {@code @} ({@code http_response_status_code}),
 * and the document id as primary key, so that loading a line again adds nothing; then the
 * columns the store derives from the fields ({@link #BOT}).
 */
final class RequestsTable {

  static final String NAME = "requests";

  /**
   * Not a document field: whether {@link BotPatterns} call the row's user agent a bot's. Decided
   * once at load, so the dashboard's bot filter reads a flag instead of matching every row's agent
   * against fifteen words (seconds over ten million rows); the words are those of the s3logs that
   * loaded the row.
   */
  static final String BOT = "user_agent_bot";

  private RequestsTable() {
  }

  /** Column name to SQL type, in table order: the id, then the fields as defined. */
  static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("id", "VARCHAR");
    DocumentFields.ALL.forEach(field -> columns.put(column(field), type(field.value())));
    columns.put(BOT, "BOOLEAN");
    return columns;
  }

  static String column(DocumentField field) {
    return field.path().replace("@", "").replace('.', '_');
  }

  /**
   * The column type of a value. Addresses are text: DuckDB's inet type is an extension it would
   * download, and s3logs works offline.
   */
  static String type(DocumentField.Value value) {
    return switch (value) {
      // Naive, in UTC: TIMESTAMPTZ would show each reader's time zone, and need ICU to convert.
      case TIMESTAMP -> "TIMESTAMP";
      case STRING, IP -> "VARCHAR";
      case LONG -> "BIGINT";
      case INTEGER -> "INTEGER";
      case STRING_LIST -> "VARCHAR[]";
    };
  }

  static String create() {
    return create(NAME, columns());
  }

  /** The table's DDL; its {@code id} column is the primary key. */
  static String create(String table, Map<String, String> columns) {
    List<String> definitions = new ArrayList<>();
    columns.forEach((name, type) -> definitions.add(quoted(name) + " " + type
        + ("id".equals(name) ? " PRIMARY KEY" : "")));
    return "CREATE TABLE IF NOT EXISTS " + table + " (" + String.join(", ", definitions) + ")";
  }

  /**
   * Loads the NDJSON file {@code path} (documents with their ids), skipping ids the table has:
   * DuckDB's reader turns each document's nested members into the columns.
   */
  static String insertFrom(String path) {
    String names = columns().keySet().stream().map(RequestsTable::quoted)
        .collect(Collectors.joining(", "));
    return "INSERT OR IGNORE INTO " + NAME + " (" + names + ") SELECT " + JsonColumns.selection()
        + " FROM read_json(" + literal(path) + ", format = 'newline_delimited', columns = "
        + JsonColumns.structure() + ")";
  }

  static String quoted(String name) {
    return '"' + name + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
