package dev.s3logs.sink.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Talks HTTP to one search engine: compresses request bodies when asked, lets the
 * {@link RequestAuth} add credentials to the final bytes, and sends with the JDK's client.
 * Thread-safe; one instance serves every request of a run.
 */
public final class HttpTransport {

  /** Headers that {@link java.net.http} sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

  private final URI base;
  private final RequestAuth auth;
  private final boolean gzip;
  private final Duration timeout;
  private final HttpClient client;

  public HttpTransport(URI base, RequestAuth auth, TlsSettings tls, boolean gzip,
      Duration timeout) {
    this.base = withoutTrailingSlash(base);
    this.auth = auth;
    this.gzip = gzip;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .sslContext(tls.sslContext())
        .build();
  }

  public URI base() {
    return base;
  }

  public HttpReply get(String path) {
    return send("GET", path, null, null);
  }

  /**
   * Sends one request to {@code path} (with its query) under the base URI. The body is gzipped
   * if the transport compresses; a null body sends none.
   */
  public HttpReply send(String method, String path, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return sendWith(method, path, headers, body);
  }

  /** As {@link #send(String, String, String, byte[])}, with these headers (names as sent). */
  public HttpReply sendWith(String method, String path, Map<String, String> given,
      byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>(given);
    byte[] wire = body;
    if (gzip && body != null && body.length > 0) {
      wire = gzip(body);
      headers.put("Content-Encoding", "gzip");
    }
    return send(auth.authorize(new HttpCall(method, URI.create(base + path), headers, wire)));
  }

  private HttpReply send(HttpCall call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
        .timeout(timeout)
        .method(call.method(), call.body().length == 0
            ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(call.body()));
    call.headers().forEach((name, value) -> {
      if (!RESTRICTED.contains(name.toLowerCase())) {
        request.header(name, value);
      }
    });
    try {
      HttpResponse<byte[]> response = client.send(request.build(), BodyHandlers.ofByteArray());
      return new HttpReply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new EngineUnreachableException("cannot reach " + base + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnreachableException("interrupted while calling " + base, e);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.net.ConnectException) {
      return "connection refused" + (message == null ? "" : " (" + message + ")");
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "no answer in time";
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "TLS failed: " + tlsProblem(String.valueOf(message))
          + " (for a private CA use --ca-cert; --insecure skips the check)";
    }
    return message != null ? message : e.getClass().getSimpleName();
  }

  /** The JDK's TLS messages name internal classes; users need to know which check failed. */
  private static String tlsProblem(String message) {
    if (message.contains("PKIX path")) {
      return "the server's certificate is not signed by an authority this client trusts";
    }
    if (message.contains("subject alternative") || message.contains("No name matching")) {
      return "the server's certificate is for another host name";
    }
    if (message.contains("validity check failed") || message.contains("expired")) {
      return "the server's certificate has expired or is not valid yet";
    }
    return message;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip in memory failed", e);
    }
    return out.toByteArray();
  }

  private static URI withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
