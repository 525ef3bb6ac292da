package dev.s3logs.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The columns a table of the store has, to compare with those s3logs writes and reads. */
final class TableShape {

  private TableShape() {
  }

  /** Column name to type, in table order; empty when there is no such table. */
  static Map<String, String> of(Connection connection, String table) throws SQLException {
    Map<String, String> found = new LinkedHashMap<>();
    try (PreparedStatement columns = connection.prepareStatement("SELECT column_name, data_type"
        + " FROM duckdb_columns() WHERE database_name = current_database()"
        + " AND schema_name = 'main' AND table_name = ? ORDER BY column_index")) {
      columns.setString(1, table);
      try (ResultSet rows = columns.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return found;
  }
}
