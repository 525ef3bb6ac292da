package dev.s3logs.source.s3;

import dev.s3logs.source.InputObject;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * One S3 object to read, named {@code s3://bucket/key}. Opening it starts a GetObject whose body
 * is streamed as it is read, never held whole.
 */
public record S3LogObject(S3Client s3, String bucket, String key) implements InputObject {

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
    return new SdkFailuresAsIo(get(s3, GetObjectRequest.builder().bucket(bucket).key(key).build()));
  }

  /**
   * Starts a GetObject, its failures said in words as {@link #open} says them.
   *
   * @throws S3ObjectUnreadableException when this object cannot be read but others may be
   * @throws S3AccessException when no object could be
   */
  static ResponseInputStream<GetObjectResponse> get(S3Client s3, GetObjectRequest request)
      throws S3ObjectUnreadableException {
    try {
      return s3.getObject(request);
    } catch (SdkException e) {
      S3AccessException failure = S3Errors.of(s3, request.bucket()).translate(e, S3Action.GET);
      if (failure.problem().stopsTheRun()) {
        throw failure;
      }
      throw new S3ObjectUnreadableException(failure);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
