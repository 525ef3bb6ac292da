package dev.s3logs.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /metrics} in Prometheus' text format and {@code GET /healthz} for a liveness probe,
 * on one small thread: scrapes are rare and cheap, and must not compete with the run.
 */
final class MetricsServer implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService thread;
  private final PrometheusMeterRegistry registry;
  private final BooleanSupplier healthy;
  private final Supplier<String> unhealthyReason;

  /**
   * Starts serving on {@code host}:{@code port} (0: any free port, see {@link #port}).
   *
   * @param unhealthyReason one line saying what is wrong, asked for while not healthy
   */
  MetricsServer(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier healthy,
      Supplier<String> unhealthyReason) {
    this.registry = registry;
    this.healthy = healthy;
    this.unhealthyReason = unhealthyReason;
    this.server = bind(host, port);
    this.thread = Executors.newSingleThreadExecutor(runnable -> {
      Thread t = new Thread(runnable, "s3logs-metrics");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(thread);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The port it listens on: the one asked for, or the one picked for port 0. */
  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    thread.shutdownNow();
  }

  private static HttpServer bind(String host, int port) {
    try {
      return HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port + " ("
          + e.getMessage() + "); choose another --metrics-port", e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals("/metrics") && !path.equals("/healthz")) {
        reply(exchange, 404, "text/plain; charset=utf-8", "not found: try /metrics or /healthz\n");
      } else if (!exchange.getRequestMethod().equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        reply(exchange, 405, "text/plain; charset=utf-8", "only GET\n");
      } else if (path.equals("/metrics")) {
        reply(exchange, 200, PROMETHEUS_TEXT, registry.scrape());
      } else if (healthy.getAsBoolean()) {
        reply(exchange, 200, "text/plain; charset=utf-8", "ok\n");
      } else {
        reply(exchange, 503, "text/plain; charset=utf-8", oneLine(unhealthyReason.get()) + "\n");
      }
    }
  }

  private static String oneLine(String reason) {
    return reason == null ? "unhealthy" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  private static void reply(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
