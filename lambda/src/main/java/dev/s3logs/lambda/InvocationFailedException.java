package dev.s3logs.lambda;

/**
 * A direct S3 or EventBridge event was not stored whole (an object could not be read or stored,
 * or time ran short): failing the invocation makes Lambda retry it. Documents already stored are
 * overwritten, not duplicated, since their ids come from their lines. No stack trace: the
 * message names the objects and why.
 */
public final class InvocationFailedException extends RuntimeException {

  InvocationFailedException(String message) {
    super(message, null, false, false);
  }
}
