package dev.s3logs.store.engine;

/**
 * The engine {@code serve --from} names did not answer a question: unreachable, credentials
 * refused, or an error of its own. The message names {@code --from} and the engine's reason.
 */
public final class EngineTrafficException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EngineTrafficException(String message) {
    super(message);
  }

  EngineTrafficException(String message, Throwable cause) {
    super(message, cause);
  }
}
