package dev.s3logs.source.s3;

import java.util.Objects;

/**
 * Where to read an S3 log object from: its start, or the start of a line where an earlier read of
 * the same object stopped.
 *
 * @param eTag the ETag of the object as first read, so that the rest is read from the same
 *     object; null when it was not read yet
 * @param offset in the object's uncompressed bytes, at a line's start
 * @param encoding what the first read found; needed to go on from a later offset
 */
public record S3Position(String bucket, String key, String eTag, long offset, Encoding encoding) {

  /** How the object's bytes are stored. */
  public enum Encoding { UNKNOWN, PLAIN, GZIP }

  public S3Position {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(encoding, "encoding");
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " is negative");
    }
    if (offset > 0 && encoding == Encoding.UNKNOWN) {
      throw new IllegalArgumentException("an offset needs the object's encoding: gzip or plain");
    }
  }

  /** The start of an object not read before. */
  public static S3Position start(String bucket, String key) {
    return new S3Position(bucket, key, null, 0, Encoding.UNKNOWN);
  }

  /**
   * {@code s3://bucket/key}, with {@code from byte N} past the start: the line numbers of a
   * continued part count from there.
   */
  public String name() {
    String url = "s3://" + bucket + "/" + key;
    return offset == 0 ? url : url + " from byte " + offset;
  }
}
