package dev.s3logs.sink.search;

/** The engine refused every request in a way that retrying cannot fix, e.g. credentials. */
public final class BulkRejectedException extends RuntimeException {

  public BulkRejectedException(String message) {
    super(message);
  }
}
