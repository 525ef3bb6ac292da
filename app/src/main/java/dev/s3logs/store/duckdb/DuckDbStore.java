package dev.s3logs.store.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * An open DuckDB database with s3logs' tables: created when missing, checked when present. One
 * connection, used by one thread at a time; DuckDB itself lets one process write a file.
 */
public final class DuckDbStore implements AutoCloseable {

  private static final String CHECKPOINT_THRESHOLD = "256MB";

  private final DuckDbLocation location;
  private final Connection connection;

  private DuckDbStore(DuckDbLocation location, Connection connection) {
    this.location = location;
    this.connection = connection;
  }

  /** Opens (creating) the file and its tables, or says in one line why it cannot. */
  public static DuckDbStore open(DuckDbLocation location) {
    Connection connection = connect(location);
    DuckDbStore store = new DuckDbStore(location, connection);
    try {
      store.prepare();
      return store;
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw e instanceof StoreException stored ? stored : problem("--to", location, e);
    }
  }

  public DuckDbLocation location() {
    return location;
  }

  Connection connection() {
    return connection;
  }

  private static Connection connect(DuckDbLocation location) {
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + location.file());
    } catch (SQLException e) {
      throw problem("--to", location, e);
    }
  }

  private void prepare() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(RequestsTable.create());
      statement.execute(DeadLettersTable.create());
      // Rows are a set keyed by id: letting DuckDB insert them in any order lets it convert and
      // compress a batch on all its threads, which halved the time of a load (README).
      statement.execute("SET preserve_insertion_order = false");
      // A checkpoint rewrites the id index; at the default 16 MB of log it ran at nearly every
      // batch's commit and took as long as the load. Committed batches are safe in the log.
      statement.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
    }
    checkShape(RequestsTable.NAME, RequestsTable.columns());
    checkShape(DeadLettersTable.NAME, DeadLettersTable.columns());
    connection.setAutoCommit(false);
  }

  /** A table made by another program, or another s3logs, would take rows in the wrong columns. */
  private void checkShape(String table, Map<String, String> expected) throws SQLException {
    Map<String, String> found = TableShape.of(connection, table);
    if (!found.equals(expected)) {
      throw new StoreException("--to " + location.describe() + ": its table " + table
          + " has other columns than s3logs writes (" + String.join(", ", found.keySet())
          + "); use another file, or rename that table");
    }
  }

  /** What a failure to open means, in the user's words, naming the flag that gave the file. */
  static StoreException problem(String flag, DuckDbLocation location, Exception e) {
    String message = String.valueOf(e.getMessage());
    String to = flag + " " + location.describe() + ": ";
    if (message.contains("not a valid DuckDB database")) {
      return new StoreException(to + location.file() + " is not a DuckDB database", e);
    }
    if (message.contains("Could not set lock")) {
      return new StoreException(to + "the database is in use by another process (DuckDB lets"
          + " one process write a file); stop it, or use another file", e);
    }
    return new StoreException(to + "cannot open the database: " + firstLine(message), e);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("--to " + location.describe() + ": cannot close the database: "
          + firstLine(String.valueOf(e.getMessage())), e);
    }
  }
}
