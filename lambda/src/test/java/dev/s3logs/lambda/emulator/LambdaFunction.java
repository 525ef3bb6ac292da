package dev.s3logs.lambda.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A function deployed from the built {@code s3logs-lambda.jar} (system property
 * {@code s3logs.lambda.jar}), run by the real runtime interface client against a
 * {@link RuntimeApi}: events are read and answers written exactly as in Lambda. Close it at the
 * end of the test.
 */
public final class LambdaFunction implements AutoCloseable {

  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final List<String> JVM_OPTIONS =
      List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  private static Path task;

  private final RuntimeApi api;
  private final LambdaProcess process;

  private LambdaFunction(RuntimeApi api, LambdaProcess process) {
    this.api = api;
    this.process = process;
  }

  /**
   * Starts the runtime with the handler, e.g. {@code dev.s3logs.lambda.SqsHandler::handleRequest},
   * and the function's environment variables.
   */
  public static LambdaFunction start(String handler, Map<String, String> env, String name) {
    RuntimeApi api = RuntimeApi.start();
    List<String> options = new ArrayList<>(JVM_OPTIONS);
    options.add(RuntimeClient.nativeLibraryOption(TARGET.resolve("lambda-runtime")));
    LambdaProcess process = LambdaProcess.start(task(), handler, env, options, List.of(), api,
        TARGET.resolve("lambda-logs").resolve(name + ".log"));
    return new LambdaFunction(api, process);
  }

  /** The jar extracted once per test JVM, as Lambda extracts it into /var/task. */
  private static synchronized Path task() {
    if (task == null) {
      Path jar = Path.of(System.getProperty("s3logs.lambda.jar",
          TARGET.resolve("s3logs-lambda.jar").toString()));
      task = TaskDirectory.extract(jar, TARGET.resolve("lambda-task"));
    }
    return task;
  }

  /**
   * Invokes the function with {@code timeout} to run in, and waits for its answer: at most two
   * minutes more, and not at all once the runtime has exited.
   */
  public Outcome invoke(String event, Duration timeout) {
    CompletableFuture<Outcome> outcome = api.invoke(event, timeout);
    long end = System.nanoTime() + timeout.plus(Duration.ofMinutes(2)).toNanos();
    while (System.nanoTime() < end) {
      try {
        return outcome.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        if (process.awaitExit(0) != null) {
          throw new IllegalStateException("the runtime exited; its log:\n" + log());
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    throw new IllegalStateException("no answer in time; the function's log:\n" + log());
  }

  /** The body of the init error the runtime reported, if any within a minute. */
  public Optional<String> initError() {
    return api.initError(Duration.ofMinutes(1));
  }

  /** What the function wrote to its log so far. */
  public String log() {
    return process.log();
  }

  /** The runtime's exit code once it exited, or null if it still runs after {@code seconds}. */
  public Integer awaitExit(long seconds) {
    return process.awaitExit(seconds);
  }

  @Override
  public void close() {
    process.close();
    api.close();
  }
}
