package dev.s3logs.sink.aws;

/**
 * AWS request signing cannot go on: no region, an unknown service, or no credentials. The message
 * is one line that says what to set; the SDK's own exception, if any, is the cause.
 */
public final class AwsAuthException extends RuntimeException {

  public AwsAuthException(String message) {
    super(message);
  }

  public AwsAuthException(String message, Throwable cause) {
    super(message, cause);
  }
}
