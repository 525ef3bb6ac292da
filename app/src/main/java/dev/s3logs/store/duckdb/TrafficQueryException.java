package dev.s3logs.store.duckdb;

/** DuckDB failed to answer a question about the store's requests: a defect or a broken file. */
public final class TrafficQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TrafficQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
