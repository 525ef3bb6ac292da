package dev.s3logs.lambda.event;

/**
 * The invocation's event is not the kind its handler takes, or not JSON at all: nothing in it
 * can be read. Says what was wrong; its stack trace would say nothing more.
 */
public final class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message, null, false, false);
  }
}
