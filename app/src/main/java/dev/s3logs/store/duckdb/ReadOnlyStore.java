package dev.s3logs.store.duckdb;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/** Opens a store to read it only: the dashboard never changes what ingest wrote. */
final class ReadOnlyStore {

  private ReadOnlyStore() {
  }

  static Connection open(DuckDbLocation location) {
    if (!Files.isRegularFile(location.file())) {
      throw new StoreException("--from " + location.describe() + ": no such file; fill it"
          + " first with s3logs ingest --to " + location.describe() + " FILE...");
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + location.file(),
          properties);
      checkRequests(connection, location);
      return connection;
    } catch (SQLException e) {
      throw DuckDbStore.problem("--from", location, e);
    }
  }

  private static void checkRequests(Connection connection, DuckDbLocation location)
      throws SQLException {
    Map<String, String> found = TableShape.of(connection, RequestsTable.NAME);
    String problem = found.isEmpty()
        ? "the file has no table " + RequestsTable.NAME + "; is it a store s3logs ingest filled?"
        : found.equals(RequestsTable.columns()) ? null
        : "its table " + RequestsTable.NAME + " has other columns than this s3logs reads (a store"
            + " of another version?); ingest the logs into a new file";
    if (problem != null) {
      connection.close();
      throw new StoreException("--from " + location.describe() + ": " + problem);
    }
  }
}
