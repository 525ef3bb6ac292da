package dev.s3logs.sink.http;

/** The server could not be reached at all: no connection, TLS failure, or no answer in time. */
public final class EngineUnreachableException extends RuntimeException {

  public EngineUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
