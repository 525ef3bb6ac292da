package dev.s3logs.sink.search;

/** A {@code _bulk} answer that does not have the shape both engines document. */
public final class BulkResponseException extends RuntimeException {

  public BulkResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
