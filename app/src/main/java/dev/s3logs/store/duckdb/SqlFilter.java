package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.BotPatterns;
import dev.s3logs.traffic.Bots;
import dev.s3logs.traffic.TrafficFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TrafficFilter} as a WHERE clause of placeholders and the values that fill them: user
 * input only ever reaches DuckDB as a parameter.
 */
final class SqlFilter {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  SqlFilter(TrafficFilter filter) {
    add(TrafficColumns.TIME + " >= ?", timestamp(filter.range().from()));
    add(TrafficColumns.TIME + " < ?", timestamp(filter.range().to()));
    filter.equal().forEach((dimension, value) ->
        add("CAST(" + TrafficColumns.of(dimension) + " AS VARCHAR) = ?", value));
    if (filter.statusClass() != null) {
      add(TrafficColumns.STATUS + " >= ?", filter.statusClass().lowest());
      add(TrafficColumns.STATUS + " < ?", filter.statusClass().end());
    }
    if (filter.bots() != Bots.INCLUDE) {
      String bot = "coalesce(regexp_matches(lower(" + TrafficColumns.USER_AGENT + "), ?), false)";
      add(filter.bots() == Bots.ONLY ? bot : "NOT " + bot, BotPatterns.regex());
    }
    if (filter.search() != null) {
      search(filter.search());
    }
  }

  private void search(String text) {
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
    List<String> any = new ArrayList<>();
    for (String column : TrafficColumns.SEARCHED) {
      any.add(column + " ILIKE ? ESCAPE '\\'");
      values.add(pattern);
    }
    conditions.add("(" + String.join(" OR ", any) + ")");
  }

  private void add(String condition, Object value) {
    conditions.add(condition);
    values.add(value);
  }

  /** {@code WHERE ...} with {@code extra} conditions (fixed SQL, no user input) appended. */
  String where(String... extra) {
    List<String> all = new ArrayList<>(conditions);
    all.addAll(List.of(extra));
    return " WHERE " + String.join(" AND ", all);
  }

  /** Sets the values from parameter {@code first} on; returns the next free index. */
  int bind(PreparedStatement statement, int first) throws SQLException {
    int index = first;
    for (Object value : values) {
      statement.setObject(index++, value);
    }
    return index;
  }

  // The column holds UTC wall-clock time: hand it the same, whatever the JVM's zone.
  private static Object timestamp(java.time.Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDateTime();
  }
}
