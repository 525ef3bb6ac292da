package dev.s3logs.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one prepared SELECT with a filter's values, and reads its rows. */
final class Query {

  /** Makes a value of the current row. */
  interface Reader<T> {
    T read(Row row) throws SQLException;
  }

  private final Connection connection;

  Query(Connection connection) {
    this.connection = connection;
  }

  <T> List<T> list(String sql, SqlFilter filter, Reader<T> reader) {
    return run(sql, filter, List.of(), rows -> {
      List<T> values = new ArrayList<>();
      while (rows.next()) {
        values.add(reader.read(new Row(rows)));
      }
      return values;
    });
  }

  <T> T one(String sql, SqlFilter filter, Reader<T> reader) {
    return one(sql, filter, List.of(), reader);
  }

  /** With {@code first} values bound before the filter's (for placeholders in the select). */
  <T> T one(String sql, SqlFilter filter, List<Object> first, Reader<T> reader) {
    return run(sql, filter, first, rows -> {
      rows.next();
      return reader.read(new Row(rows));
    });
  }

  private interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T run(String sql, SqlFilter filter, List<Object> first, Rows<T> reader) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (Object value : first) {
        statement.setObject(index++, value);
      }
      if (filter != null) {
        filter.bind(statement, index);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      }
    } catch (SQLException e) {
      throw new TrafficQueryException("the store could not answer: " + e.getMessage(), e);
    }
  }

  void close() throws SQLException {
    connection.close();
  }
}
