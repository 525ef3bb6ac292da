package dev.s3logs.lambda.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lambda's Runtime API on loopback, as far as a runtime uses it: {@code GET
 * /2018-06-01/runtime/invocation/next} hands out the queued events with the headers Lambda sends,
 * {@code POST .../invocation/{id}/response} and {@code .../invocation/{id}/error} answer them,
 * {@code POST .../init/error} reports a failed init. Close it at the end.
 */
public final class RuntimeApi implements AutoCloseable {

  private static final String PREFIX = "/2018-06-01/runtime/";
  private static final String FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:123456789012:function:s3logs";

  private final HttpServer server;
  private final BlockingQueue<Pending> events = new LinkedBlockingQueue<>();
  private final Map<String, Pending> handedOut = new ConcurrentHashMap<>();
  private final CompletableFuture<String> initError = new CompletableFuture<>();
  private final CompletableFuture<Long> firstNext = new CompletableFuture<>();
  private final AtomicLong ids = new AtomicLong();

  /** An event waiting for the runtime, then for its answer. */
  private record Pending(String id, String event, Duration timeout,
      CompletableFuture<Outcome> outcome, long[] handedOutAt) {
  }

  private RuntimeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext(PREFIX, this::handle);
    // /next waits for an event: a thread for each call.
    server.setExecutor(Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "runtime-api");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  public static RuntimeApi start() {
    try {
      return new RuntimeApi();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Runtime API emulator", e);
    }
  }

  /** {@code 127.0.0.1:PORT}, for AWS_LAMBDA_RUNTIME_API. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Queues an event with {@code timeout} for the function (its deadline counts from when the
   * runtime takes it); the answer completes the future.
   */
  public CompletableFuture<Outcome> invoke(String event, Duration timeout) {
    Pending pending = new Pending("request-" + ids.incrementAndGet(), event, timeout,
        new CompletableFuture<>(), new long[1]);
    events.add(pending);
    return pending.outcome();
  }

  /** The body of the runtime's init error, if it reports one within {@code wait}. */
  public Optional<String> initError(Duration wait) {
    try {
      return Optional.of(initError.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** When (System.nanoTime) the runtime first asked for an event: its init was over. */
  public long awaitInitDone(Duration wait) {
    try {
      return firstNext.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException("the runtime did not ask for an event within " + wait, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
        next(exchange);
      } else if (path.equals("init/error")) {
        initError.complete(new String(body, StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(202, -1);
      } else if (path.startsWith("invocation/")) {
        answer(exchange, path.substring("invocation/".length()), body);
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    firstNext.complete(System.nanoTime());
    Pending pending;
    try {
      pending = events.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.sendResponseHeaders(500, -1);
      return;
    }
    pending.handedOutAt()[0] = System.nanoTime();
    handedOut.put(pending.id(), pending);
    long deadline = System.currentTimeMillis() + pending.timeout().toMillis();
    var headers = exchange.getResponseHeaders();
    headers.set("Lambda-Runtime-Aws-Request-Id", pending.id());
    headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
    headers.set("Lambda-Runtime-Trace-Id",
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
    // The runtime interface client's native code reads the content type without checking for
    // its absence: without it, it crashes inside libc.
    headers.set("Content-Type", "application/json");
    byte[] event = pending.event().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, event.length);
    exchange.getResponseBody().write(event);
  }

  /** {@code {id}/response} or {@code {id}/error}. */
  private void answer(HttpExchange exchange, String rest, byte[] body) throws IOException {
    int slash = rest.lastIndexOf('/');
    Pending pending = slash < 0 ? null : handedOut.remove(rest.substring(0, slash));
    if (pending == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    boolean error = rest.endsWith("/error");
    long took = System.nanoTime() - pending.handedOutAt()[0];
    String errorType = error ? exchange.getRequestHeaders()
        .getFirst("Lambda-Runtime-Function-Error-Type") : null;
    pending.outcome().complete(new Outcome(pending.id(), new String(body, StandardCharsets.UTF_8),
        error && errorType == null ? "Unknown" : errorType, Duration.ofNanos(took),
        took > pending.timeout().toNanos()));
    exchange.sendResponseHeaders(202, -1);
  }
}
