package dev.s3logs.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays the HTTP API of OpenSearch Dashboards or Kibana on loopback, for the format of the
 * requests only: answers what it is told per path, and keeps every request it got. It checks
 * nothing; the import into a real product is a manual check.
 */
public final class DashboardsStub implements AutoCloseable {

  /** A request as it arrived. */
  public record Request(String method, String path, String query, Map<String, List<String>> headers,
      String body) {

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private record Answer(int status, String body) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private DashboardsStub(HttpServer server) {
    this.server = server;
  }

  public static DashboardsStub start() throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DashboardsStub stub = new DashboardsStub(server);
    server.createContext("/", stub::handle);
    server.start();
    return stub;
  }

  /** From now on, answers requests to {@code path} (without query) with this. */
  public DashboardsStub answer(String path, int status, String json) {
    answers.put(path, new Answer(status, json));
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(exchange.getRequestMethod(), uri.getPath(), uri.getQuery(),
        Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = answers.getOrDefault(uri.getPath(),
        new Answer(404, "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Not Found\"}"));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
