package dev.s3logs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP calls to a test server. Every answer comes back as status and body, errors included,
 * because tests also pin down how a server says "no" (a missing plugin, an unknown endpoint).
 */
public final class EngineRest {

  /** What the server answered. */
  public record Reply(int status, String body) {}

  // HTTP/1.1: the servers' plain-HTTP transport has no use for an HTTP/2 upgrade attempt.
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

  private final URI baseUri;

  EngineRest(URI baseUri) {
    this.baseUri = baseUri;
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply put(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  public Reply post(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  /**
   * The documents in {@code indices} (a name or a pattern), after a refresh so that what was
   * just indexed counts.
   *
   * @throws IllegalStateException with the engine's answer when it gives no count
   */
  public long count(String indices) {
    post("/" + indices + "/_refresh", "");
    Reply reply = get("/" + indices + "/_count");
    Matcher count = COUNT.matcher(reply.body());
    if (!count.find()) {
      throw new IllegalStateException("no count for " + indices + ": " + reply.body());
    }
    return Long.parseLong(count.group(1));
  }

  /** A {@code _bulk} call; the body is NDJSON and must end with a line break. */
  public Reply bulk(String path, String ndjson) {
    return send("POST", path, "application/x-ndjson", ndjson);
  }

  /** Sends one request; a body of null sends none. */
  public Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      var response = CLIENT.send(request.build(), BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + baseUri.resolve(path) + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path, e);
    }
  }
}
