package dev.s3logs.source.s3;

/**
 * S3 refused or could not answer a listing or a read. The message is one line naming the setting
 * to fix; the SDK's exception is the cause.
 */
public final class S3AccessException extends RuntimeException {

  private final S3Problem problem;

  public S3AccessException(S3Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public S3Problem problem() {
    return problem;
  }
}
