package dev.s3logs.source.s3;

/**
 * An S3 source named on the command line cannot be used as written: a malformed {@code s3://}
 * URL, a bucket name S3 would refuse, or a date range that ends before it starts.
 */
public final class InvalidS3SourceException extends IllegalArgumentException {

  public InvalidS3SourceException(String message) {
    super(message);
  }
}
