package dev.s3logs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ObjectReaderTest {

  @Test
  void plainTextPassesThrough() throws IOException {
    assertThat(read("hello\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("hello\n");
  }

  @Test
  void gzipIsDetectedByContentIncludingConcatenatedMembers() throws IOException {
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip("first\n"));
    both.write(gzip("second\n"));
    assertThat(read(both.toByteArray())).isEqualTo("first\nsecond\n");
  }

  @Test
  void emptyAndOneByteObjects() throws IOException {
    assertThat(read(new byte[0])).isEmpty();
    assertThat(read(new byte[] {0x1f})).isEqualTo("\u001f");
  }

  private static String read(byte[] bytes) throws IOException {
    try (InputStream in = ObjectReader.open(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
