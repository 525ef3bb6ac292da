package dev.s3logs.lambda;

/**
 * The function cannot start: a setting to fix, an engine that cannot be reached or refuses the
 * credentials. Thrown from a handler's constructor, which Lambda reports as an init error; the
 * message says it all, so there is no stack trace unless S3LOGS_DEBUG is set.
 */
public final class InitFailedException extends RuntimeException {

  InitFailedException(String message, Throwable debugCause) {
    super(message, debugCause, false, false);
  }
}
