package dev.s3logs.sink.search.setup;

/** The engine refused part of the setup; the message names the step and the engine's reason. */
public final class SetupException extends RuntimeException {

  public SetupException(String message) {
    super(message);
  }
}
