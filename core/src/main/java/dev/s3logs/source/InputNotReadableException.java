package dev.s3logs.source;

/** An input named by the user does not exist or cannot be read. */
public final class InputNotReadableException extends RuntimeException {

  public InputNotReadableException(String message) {
    super(message);
  }

  public InputNotReadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
