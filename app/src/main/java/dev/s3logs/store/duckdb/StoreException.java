package dev.s3logs.store.duckdb;

/**
 * The DuckDB file named by {@code --to} cannot be used: missing directory, not a database,
 * locked by another process, tables of another shape. A configuration problem: the message
 * names it and the flag.
 */
public final class StoreException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
