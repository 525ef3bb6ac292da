package dev.s3logs.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * An HTTP proxy on loopback in front of a real server, for tests: it forwards every request as
 * received, unless its {@link Interceptor} answers instead (to inject faults, or to refuse a
 * request whose signature does not verify). Close it at the end of the test.
 */
public final class LoopbackProxy implements AutoCloseable {

  /** A request as the proxy received it. */
  public record Received(String method, String pathAndQuery, Map<String, List<String>> headers,
      byte[] body) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .map(e -> e.getValue().get(0))
          .findFirst();
    }
  }

  /** An answer made up by the interceptor instead of the server's. */
  public record Answer(int status, String contentType, byte[] body) {

    public static Answer json(int status, String json) {
      return new Answer(status, "application/json",
          json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Decides per request: an answer of its own, or empty to forward the request. */
  @FunctionalInterface
  public interface Interceptor {

    Optional<Answer> intercept(Received request);

    Interceptor FORWARD_ALL = request -> Optional.empty();
  }

  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "content-length", "connection", "transfer-encoding", "expect", "upgrade");

  private final HttpServer server;
  private final URI target;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();
  private volatile Interceptor interceptor;

  private LoopbackProxy(URI target, Interceptor interceptor, SSLContext tls) throws IOException {
    this.target = target;
    this.interceptor = interceptor;
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      this.server = HttpServer.create(loopback, 64);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 64);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      this.server = https;
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
      Thread thread = new Thread(runnable, "loopback-proxy");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  public static LoopbackProxy in(URI target, Interceptor interceptor) {
    return start(target, interceptor, null);
  }

  /** The same, answering HTTPS with the given server certificate (see {@link TestCertificate}). */
  public static LoopbackProxy https(URI target, Interceptor interceptor, SSLContext tls) {
    return start(target, interceptor, tls);
  }

  private static LoopbackProxy start(URI target, Interceptor interceptor, SSLContext tls) {
    try {
      return new LoopbackProxy(target, interceptor, tls);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test proxy", e);
    }
  }

  /** Where clients should send their requests, e.g. {@code http://127.0.0.1:40123}. */
  public URI uri() {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
  }

  public void interceptor(Interceptor interceptor) {
    this.interceptor = interceptor;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      Received request = new Received(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath() + rawQuery(exchange.getRequestURI()),
          Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes());
      Optional<Answer> answer = interceptor.intercept(request);
      if (answer.isPresent()) {
        reply(exchange, answer.get().status(), answer.get().contentType(), answer.get().body());
      } else {
        forward(exchange, request);
      }
    } catch (RuntimeException e) {
      reply(exchange, 502, "text/plain",
          ("test proxy failed: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private void forward(HttpExchange exchange, Received request) throws IOException {
    Answer answer = forward(request);
    reply(exchange, answer.status(), answer.contentType(), answer.body());
  }

  /**
   * Sends a request on to the server and returns its answer, for interceptors that change what
   * the server said (set one with {@link #interceptor} once the proxy exists).
   */
  public Answer forward(Received request) {
    HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(target + request.pathAndQuery()))
        .method(request.method(), request.body().length == 0
            ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase())) {
        values.forEach(value -> out.header(name, value));
      }
    });
    try {
      HttpResponse<byte[]> response = client.send(out.build(), BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse("application/json"),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot forward to " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void reply(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String rawQuery(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }
}
