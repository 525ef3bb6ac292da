package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLineTest {

  @Test
  void splitsMethodTargetAndVersion() {
    RequestLine r = RequestLine.of("GET /b/k?versionId=1&x HTTP/1.1");
    assertThat(r).isEqualTo(new RequestLine("GET", "/b/k?versionId=1&x", "1.1"));
    assertThat(r.path()).isEqualTo("/b/k");
    assertThat(r.query()).isEqualTo("versionId=1&x");
  }

  @Test
  void targetWithSpacesAndNoProtocol() {
    assertThat(RequestLine.of("GET /a b")).isEqualTo(new RequestLine("GET", "/a b", null));
    assertThat(RequestLine.of("OPTIONS * HTTP/1.0")).isEqualTo(new RequestLine("OPTIONS", "*", "1.0"));
  }

  @Test
  void oddShapes() {
    assertThat(RequestLine.of("/no-method")).isEqualTo(new RequestLine(null, "/no-method", null));
    assertThat(RequestLine.of("GET /x?").query()).isNull();
    assertThat(RequestLine.of("GET ?only").path()).isNull();
    assertThat(RequestLine.of("GET HTTP/1.1")).isEqualTo(new RequestLine("GET", "HTTP/1.1", null));
  }
}
