package dev.s3logs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestCopierTest {

  private final List<String> lines = new ArrayList<>();
  private final ByteArrayOutputStream copied = new ByteArrayOutputStream();

  @Test
  void findsEachRequestAfterSizedAndChunkedBodies() throws IOException {
    // bodies that look like request lines must not be taken for requests
    String requests = "PUT /bucket/a?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 18\r\n\r\n"
        + "GET /not/a/request"
        + "POST /bucket?delete HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "5;ext=1\r\nGET /\r\n3\r\nabc\r\n0\r\nx-amz-checksum: zz\r\n\r\n"
        + "\r\n"
        + "HEAD /bucket/b HTTP/1.1\r\nHost: h\r\n\r\n";

    copy(requests);

    assertThat(lines).containsExactly("PUT /bucket/a?x=1", "POST /bucket?delete",
        "HEAD /bucket/b");
    assertThat(copied.toString(StandardCharsets.ISO_8859_1)).isEqualTo(requests);
  }

  @Test
  void hangingUpInsideABodyIsReported() {
    assertThatThrownBy(() -> copy("PUT /b/k HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort"))
        .isInstanceOf(EOFException.class);
    assertThat(lines).containsExactly("PUT /b/k");
  }

  private void copy(String requests) throws IOException {
    new RequestCopier(new ByteArrayInputStream(requests.getBytes(StandardCharsets.ISO_8859_1)),
        copied, lines::add).copyAll();
  }
}
