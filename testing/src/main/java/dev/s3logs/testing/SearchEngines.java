package dev.s3logs.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The real OpenSearch and Elasticsearch servers of the integration tests. The first test that asks
 * starts both, at once (each takes tens of seconds); every later test in the JVM gets the same two;
 * they stop when the JVM exits. Use {@code @MethodSource("dev.s3logs.testing.SearchEngines#all")}
 * to run a test against each, or {@link #opensearch()} and {@link #elasticsearch()}.
 */
public final class SearchEngines {

  private static final List<EngineServer> RUNNING = new CopyOnWriteArrayList<>();
  private static List<SearchEngine> engines;
  private static RuntimeException startFailure;

  private SearchEngines() {}

  public static Stream<SearchEngine> all() {
    return started().stream();
  }

  public static SearchEngine opensearch() {
    return started().get(EngineKind.OPENSEARCH.ordinal());
  }

  public static SearchEngine elasticsearch() {
    return started().get(EngineKind.ELASTICSEARCH.ordinal());
  }

  private static synchronized List<SearchEngine> started() {
    // A failed start is not retried: every later test fails at once, with the same explanation.
    if (startFailure != null) {
      throw startFailure;
    }
    if (engines == null) {
      try {
        engines = startAll();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return engines;
  }

  private static List<SearchEngine> startAll() {
    Runtime.getRuntime().addShutdownHook(new Thread(SearchEngines::stopAll, "search-engines-stop"));
    long began = System.nanoTime();
    ExecutorService starters = Executors.newFixedThreadPool(EngineKind.values().length);
    try {
      List<Future<SearchEngine>> starting = new ArrayList<>();
      for (EngineKind kind : EngineKind.values()) {
        starting.add(starters.submit(() -> startOne(kind)));
      }
      List<SearchEngine> ready = collect(starting);
      System.err.printf("[search-engines] all of %s ready in %.1f s%n", ready, (System.nanoTime() - began) / 1e9);
      return List.copyOf(ready);
    } finally {
      starters.shutdown();
    }
  }

  private static SearchEngine startOne(EngineKind kind) throws Exception {
    if (TestUser.needed()) {
      TestUser.ensureExists();
    }
    long began = System.nanoTime();
    EngineServer server = EngineServer.start(kind);
    RUNNING.add(server);
    SearchEngine engine = server.awaitReady();
    System.err.printf("[search-engines] %s at %s ready in %.1f s%n",
        engine, engine.baseUri(), (System.nanoTime() - began) / 1e9);
    return engine;
  }

  /** Waits for every start, so one failure reports all of them. */
  private static List<SearchEngine> collect(List<Future<SearchEngine>> starting) {
    List<SearchEngine> ready = new ArrayList<>();
    IllegalStateException failure = null;
    for (Future<SearchEngine> future : starting) {
      try {
        ready.add(future.get());
      } catch (ExecutionException | InterruptedException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        if (failure == null) {
          failure = new IllegalStateException("search engines did not start: " + cause.getMessage(), cause);
        } else {
          failure.addSuppressed(cause);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return ready;
  }

  private static void stopAll() {
    RUNNING.parallelStream().forEach(EngineServer::stop);
  }
}
