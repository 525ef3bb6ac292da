package dev.s3logs.store.duckdb;

import dev.s3logs.document.DocumentId;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.deadletter.DeadLetterRecord;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code dead_letters} table: the lines that did not become requests, one column per
 * component of {@link DeadLetterRecord} (the one shape of a failure record, whatever keeps it),
 * plus when it was kept. Keyed by the line's dead-letter id ({@link DocumentId#of}), so that
 * reading a file again keeps each failed line once.
 */
final class DeadLettersTable {

  static final String NAME = "dead_letters";
  private static final List<RecordComponent> COMPONENTS =
      List.of(DeadLetterRecord.class.getRecordComponents());

  private final DocumentId ids = new DocumentId();

  /** Column name to SQL type, in table order: when it was kept, then the record's own. */
  static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("timestamp", "TIMESTAMP");
    COMPONENTS.forEach(component -> columns.put(column(component.getName()),
        type(component.getType())));
    return columns;
  }

  static String create() {
    return RequestsTable.create(NAME, columns());
  }

  /**
   * Adds the failures, skipping lines kept before. Through a prepared batch, not the JSON
   * reader: failed lines are few, and their raw bytes need not be text.
   */
  void add(Connection connection, List<ParseFailure> failures, Instant now) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(COMPONENTS.size() + 1, "?"));
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT OR IGNORE INTO " + NAME + " VALUES (" + marks + ")")) {
      Timestamp kept = Timestamp.valueOf(now.atOffset(ZoneOffset.UTC).toLocalDateTime());
      for (ParseFailure failure : failures) {
        insert.setTimestamp(1, kept);
        DeadLetterRecord record = withId(DeadLetterRecord.of(failure));
        for (int i = 0; i < COMPONENTS.size(); i++) {
          insert.setObject(i + 2, value(COMPONENTS.get(i), record));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private DeadLetterRecord withId(DeadLetterRecord r) {
    String id = ids.of(r.rawLine(), 0, r.rawLine().length);
    return new DeadLetterRecord(r.stage(), r.reason(), r.errorType(), r.status(), r.source(),
        r.lineNumber(), r.rawLine(), r.index(), id, r.document());
  }

  private static Object value(RecordComponent component, DeadLetterRecord record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("a record's accessor is public", e);
    }
  }

  /** {@code lineNumber} to {@code line_number}. */
  private static String column(String component) {
    return Stream.of(component.split("(?=[A-Z])")).map(String::toLowerCase)
        .collect(Collectors.joining("_"));
  }

  private static String type(Class<?> type) {
    if (type == int.class) {
      return "INTEGER";
    }
    if (type == long.class) {
      return "BIGINT";
    }
    return type == byte[].class ? "BLOB" : "VARCHAR";
  }
}
