package dev.s3logs.store.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Typed, null-aware reads of the current row; columns from 1. */
record Row(ResultSet rows) {

  Instant time(int column) throws SQLException {
    LocalDateTime time = rows.getObject(column, LocalDateTime.class);
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }

  long count(int column) throws SQLException {
    return rows.getLong(column);
  }

  String text(int column) throws SQLException {
    return rows.getString(column);
  }

  Long number(int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  Integer integer(int column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  Double decimal(int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }
}
