package dev.s3logs.source.s3;

import java.io.IOException;

/**
 * One object could not be read while others may still be: the pipeline reports it with the
 * object's name and goes on. The cause is the {@link S3AccessException} that says why.
 */
public final class S3ObjectUnreadableException extends IOException {

  public S3ObjectUnreadableException(S3AccessException cause) {
    super(cause.getMessage(), cause);
  }
}
