package dev.s3logs.sink.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP basic authentication. The password is never part of {@link #toString()}. */
public final class BasicAuth implements RequestAuth {

  private final String user;
  private final String header;

  public BasicAuth(String user, String password) {
    this.user = user;
    this.header = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public HttpCall authorize(HttpCall call) {
    return call.withHeader("Authorization", header);
  }

  @Override
  public String toString() {
    return "basic authentication as " + user;
  }
}
