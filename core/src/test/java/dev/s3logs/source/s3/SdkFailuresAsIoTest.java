package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class SdkFailuresAsIoTest {

  @Test
  void passesTheBytesThrough() throws IOException {
    InputStream in = new SdkFailuresAsIo(new ByteArrayInputStream(new byte[] {1, 2, 3}));
    assertThat(in.read()).isEqualTo(1);
    assertThat(in.readAllBytes()).containsExactly(2, 3);
  }

  @Test
  void anSdkFailureWhileReadingIsAnIoException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() {
        throw SdkClientException.create("Data read has a different checksum than expected.");
      }
    };
    InputStream in = new SdkFailuresAsIo(new SequenceInputStream(
        new ByteArrayInputStream(new byte[] {1}), failing));
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOf(IOException.class)
        .hasMessage("Data read has a different checksum than expected.")
        .hasCauseInstanceOf(SdkClientException.class);
  }
}
