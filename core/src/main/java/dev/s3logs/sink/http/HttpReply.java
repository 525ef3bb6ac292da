package dev.s3logs.sink.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a server answered: every status comes back as a reply, errors included. */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The first value of a header, whatever the case of its name. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }
}
