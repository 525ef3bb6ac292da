package dev.s3logs.sink.deadletter;

/** Dead letters could not be stored: the lines they carry would be lost, so the run stops. */
public final class DeadLetterException extends RuntimeException {

  public DeadLetterException(String message, Throwable cause) {
    super(message, cause);
  }
}
