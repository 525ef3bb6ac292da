package dev.s3logs.source.sqs;

/**
 * The queue cannot be used as configured: missing, access denied, credentials refused. The
 * message names the setting to fix; the run stops.
 */
public final class QueueException extends RuntimeException {

  public QueueException(String message, Throwable cause) {
    super(message, cause);
  }
}
