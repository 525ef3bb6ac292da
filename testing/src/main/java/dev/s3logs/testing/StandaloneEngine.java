package dev.s3logs.testing;

import java.io.IOException;
import java.time.Duration;

/**
 * One OpenSearch or Elasticsearch started alone, apart from the tests' shared pair and with JVM
 * options of the caller's choosing: for benchmarks, which need a full-size heap and C2, and the
 * server's own CPU time. The tests don't use it. {@link #close} stops the server, and so does the
 * JVM's exit.
 */
public final class StandaloneEngine implements AutoCloseable {

  private final EngineServer server;
  private final SearchEngine engine;
  private boolean stopped;

  private StandaloneEngine(EngineServer server, SearchEngine engine) {
    this.server = server;
    this.engine = engine;
  }

  /** Starts OpenSearch with {@code javaOpts} (e.g. {@code -Xms2g -Xmx2g}) and waits until ready. */
  public static StandaloneEngine openSearch(String javaOpts) throws IOException, InterruptedException {
    return start(EngineKind.OPENSEARCH, javaOpts);
  }

  /** Starts Elasticsearch with {@code javaOpts} and waits until ready. */
  public static StandaloneEngine elasticsearch(String javaOpts)
      throws IOException, InterruptedException {
    return start(EngineKind.ELASTICSEARCH, javaOpts);
  }

  private static StandaloneEngine start(EngineKind kind, String javaOpts)
      throws IOException, InterruptedException {
    if (TestUser.needed()) {
      TestUser.ensureExists();
    }
    EngineServer server = EngineServer.start(kind, javaOpts);
    Thread stopOnExit = new Thread(server::stop, "standalone-engine-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    // awaitReady stops the server itself when it fails
    StandaloneEngine started = new StandaloneEngine(server, server.awaitReady());
    Runtime.getRuntime().removeShutdownHook(stopOnExit);
    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "standalone-engine-stop"));
    return started;
  }

  public SearchEngine engine() {
    return engine;
  }

  /**
   * CPU time (user and system, all threads) that the server's processes have used so far: on
   * Linux the JDK reads utime and stime from {@code /proc/<pid>/stat}.
   */
  public Duration cpuTime() {
    return server.processes().stream()
        .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Stops the server and deletes its files; only the first call does anything. A second call waits
   * for the first, so that the shutdown hook keeps the JVM alive while the main thread stops it.
   */
  @Override
  public synchronized void close() {
    if (!stopped) {
      stopped = true;
      server.stop();
    }
  }
}
