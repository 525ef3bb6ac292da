package dev.s3logs.source.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An object's body whose read failures are all {@link IOException}s. The SDK's stream can throw
 * its own unchecked exceptions (a checksum that does not match, an aborted connection), which
 * would otherwise end the whole run instead of failing the one object.
 */
final class SdkFailuresAsIo extends FilterInputStream {

  SdkFailuresAsIo(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (SdkException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      return super.read(buffer, offset, length);
    } catch (SdkException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
