package dev.s3logs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.s3logs.traffic.Prices;
import dev.s3logs.traffic.QueryRefusedException;
import dev.s3logs.traffic.TrafficQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The read-only dashboard: the page and its scripts, and the JSON API over a store. Answers GET
 * and HEAD only; every response forbids scripts from elsewhere and content sniffing; a bad
 * parameter gets a 400 with a message, a failure a 500 with one line in the server's log.
 */
public final class DashboardServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;
  private final DashboardApi api;
  private final TokenGate gate;
  private final PrintStream log;
  private final Json json = new Json();

  /**
   * Starts serving on {@code host}:{@code port} (0: a free port, see {@link #port}).
   *
   * @param token null to serve without one: only for loopback, see {@link BindPolicy}
   */
  public DashboardServer(String host, int port, TrafficQueries queries, Prices prices,
      String token, PrintStream log) {
    BindPolicy.check(host, token);
    this.api = new DashboardApi(queries, prices);
    this.gate = new TokenGate(token);
    this.log = log;
    this.server = bind(host, port);
    this.threads = Executors.newFixedThreadPool(4, runnable -> {
      Thread t = new Thread(runnable, "s3logs-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static HttpServer bind(String host, int port) {
    try {
      return HttpServer.create(new InetSocketAddress(host, port), 32);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve on " + host + ":" + port + " ("
          + e.getMessage() + "); choose another --port", e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      SecurityHeaders.add(exchange.getResponseHeaders());
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, new Response(405, Response.JSON, json.error("only GET and HEAD")));
        return;
      }
      send(exchange, respond(exchange));
    }
  }

  private Response respond(HttpExchange exchange) {
    try {
      return new Router(api, gate, json).route(exchange);
    } catch (BadRequestException | QueryRefusedException e) {
      return new Response(400, Response.JSON, json.error(e.getMessage()));
    } catch (RuntimeException e) {
      log.println("s3logs serve: " + exchange.getRequestURI().getPath() + ": " + e);
      return new Response(500, Response.JSON,
          json.error("the server failed to answer; its log says why"));
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.type());
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }
}
