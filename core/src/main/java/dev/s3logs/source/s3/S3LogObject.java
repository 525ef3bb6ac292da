package dev.s3logs.source.s3;

import dev.s3logs.source.InputObject;
import java.io.IOException;
import java.io.InputStream;

/**
 * One S3 object to read, named {@code s3://bucket/key}. Opening it starts a GetObject whose body
 * is streamed as it is read, never held whole.
 */
public record S3LogObject(S3Reads reads, String bucket, String key) implements InputObject {

  @Override
  public String name() {
    return "s3://" + bucket + "/" + key;
  }

  /**
   * @throws S3ObjectUnreadableException when this object cannot be read but others may be
   * @throws S3AccessException when no object could be (no bucket, credentials refused, ...)
   */
  @Override
  public InputStream open() throws IOException {
    return reads.get(bucket, key, 0, null).stream();
  }

  @Override
  public String toString() {
    return name();
  }
}
