package dev.s3logs.store.duckdb;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM duckdb_tables()"
            + " WHERE schema_name = 'main' AND table_name = '" + RequestsTable.NAME + "'")) {
      rows.next();
      if (rows.getLong(1) == 0) {
        connection.close();
        throw new StoreException("--from " + location.describe() + ": the file has no table "
            + RequestsTable.NAME + "; is it a store s3logs ingest filled?");
      }
    }
  }
}
