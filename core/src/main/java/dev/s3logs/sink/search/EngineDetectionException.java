package dev.s3logs.sink.search;

/** The engine could not be identified, or refused us before we could ask. */
public final class EngineDetectionException extends RuntimeException {

  public EngineDetectionException(String message) {
    super(message);
  }

  public EngineDetectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
