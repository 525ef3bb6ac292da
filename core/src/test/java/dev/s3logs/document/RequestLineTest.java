package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLineTest {

  @Test
  void splitsMethodTargetPathQueryAndVersion() {
    RequestLine r = RequestLine.of("GET /b/k?versionId=1&x HTTP/1.1");
    assertThat(parts(r)).containsExactly("GET", "/b/k?versionId=1&x", "/b/k", "versionId=1&x", "1.1");
  }

  @Test
  void targetWithSpacesAndNoProtocol() {
    assertThat(parts(RequestLine.of("GET /a b"))).containsExactly("GET", "/a b", "/a b", null, null);
    assertThat(parts(RequestLine.of("OPTIONS * HTTP/1.0"))).containsExactly("OPTIONS", "*", "*", null, "1.0");
  }

  @Test
  void oddShapes() {
    assertThat(parts(RequestLine.of("/no-method"))).containsExactly(null, "/no-method", "/no-method", null, null);
    assertThat(parts(RequestLine.of("GET /x?"))).containsExactly("GET", "/x?", "/x", null, null);
    assertThat(parts(RequestLine.of("GET ?only"))).containsExactly("GET", "?only", null, "only", null);
    assertThat(parts(RequestLine.of("GET HTTP/1.1"))).containsExactly("GET", "HTTP/1.1", "HTTP/1.1", null, null);
    assertThat(parts(RequestLine.of("GET /x HTTP/"))).containsExactly("GET", "/x HTTP/", "/x HTTP/", null, null);
    assertThat(parts(RequestLine.of("GET /a?b HTTP/1.1 HTTP/2"))).containsExactly("GET", "/a?b HTTP/1.1", "/a", "b HTTP/1.1", "2");
  }

  @Test
  void partsArePositionsInTheWholeLine() {
    byte[] line = "x \"PUT /k?a=1 HTTP/2.0\" 200".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RequestLine r = new RequestLine().read(line, 3, 22);
    assertThat(parts(r)).containsExactly("PUT", "/k?a=1", "/k", "a=1", "2.0");
    assertThat(r.methodStart()).isEqualTo(3);
    assertThat(r.versionEnd()).isEqualTo(22);
    assertThat(parts(r.read(line, 3, 9))).as("the same object reads the next line afresh")
        .containsExactly("PUT", "/k", "/k", null, null);
  }

  private static java.util.List<String> parts(RequestLine r) {
    return java.util.Arrays.asList(r.method(), r.target(), r.path(), r.query(), r.version());
  }
}
