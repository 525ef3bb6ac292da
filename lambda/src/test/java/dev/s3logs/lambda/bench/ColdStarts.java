package dev.s3logs.lambda.bench;

import dev.s3logs.lambda.SampleEvents;
import dev.s3logs.lambda.emulator.LambdaProcess;
import dev.s3logs.lambda.emulator.Outcome;
import dev.s3logs.lambda.emulator.RuntimeApi;
import dev.s3logs.lambda.emulator.RuntimeClient;
import dev.s3logs.lambda.emulator.TaskDirectory;
import dev.s3logs.testing.S3Notifications;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts of the SqsHandler from the built jar, as Lambda starts it, pinned to one core: the time
 * to its first request for an event (init: the JVM, the runtime, the handler's constructor),
 * the first invocation, then warm ones, each an SQS event naming one 5,000-line object: for the
 * first invocation one of the start's own, whose lines are new to the engine.
 */
final class ColdStarts {

  /**
   * One start: seconds of init, of the cold invocation and of each warm one; and the CPU seconds
   * of init and of the cold invocation, which other work on the machine skews less.
   */
  record Run(double init, double cold, double[] warm, double initCpu, double coldCpu) {
  }

  private static final String HANDLER = "dev.s3logs.lambda.SqsHandler::handleRequest";
  private static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:access-logs";
  private static final Duration WAIT = Duration.ofMinutes(3);

  private final BenchSettings settings;
  private final BenchServers servers;
  private final Path task;
  private final String nativeLibrary;
  private final List<String> warmKeys;
  private int started;

  ColdStarts(BenchSettings settings, BenchServers servers) {
    this.settings = settings;
    this.servers = servers;
    this.task = TaskDirectory.extract(settings.lambdaJar(), settings.work().resolve("task"));
    this.nativeLibrary = RuntimeClient.nativeLibraryOption(settings.work().resolve("runtime"));
    this.warmKeys = settings.warmLogs().stream().map(servers::upload).toList();
  }

  /** A start with {@code options} added to -Xmx512m in JAVA_TOOL_OPTIONS, as Lambda takes them. */
  Run run(String options) {
    return run(options, false);
  }

  /**
   * A start that ends as a JVM ends normally, the runtime's next event never coming: for
   * -XX:ArchiveClassesAtExit, which writes its archive then.
   */
  void runToExit(String options) {
    run(options, true);
  }

  private Run run(String options, boolean exitAtEnd) {
    Map<String, String> env = servers.functionEnvironment();
    env.put("JAVA_TOOL_OPTIONS", ("-Xmx512m " + options).strip());
    Path log = settings.work().resolve("logs").resolve("start-" + ++started + ".log");
    String coldKey = servers.upload(settings.freshLog(started));
    RuntimeApi api = RuntimeApi.start();
    long began = System.nanoTime();
    try (LambdaProcess process = LambdaProcess.start(task, HANDLER, env, List.of(nativeLibrary),
        settings.pinned(), api, log)) {
      double init = (api.awaitInitDone(WAIT) - began) / 1e9;
      double initCpu = process.cpuSeconds();
      double cold = invoke(api, process, coldKey);
      double coldCpu = process.cpuSeconds() - initCpu;
      double[] warm = warmKeys.stream().mapToDouble(key -> invoke(api, process, key)).toArray();
      if (exitAtEnd) {
        api.close();
        if (process.awaitExit(120) == null) {
          throw new IllegalStateException("the runtime did not exit; see " + log);
        }
      }
      return new Run(init, cold, warm, initCpu, coldCpu);
    } finally {
      api.close();
    }
  }

  /** Seconds from handing the event out to the answer, which must name no failed message. */
  private static double invoke(RuntimeApi api, LambdaProcess process, String key) {
    String event = SampleEvents.sqs(QUEUE_ARN, List.of(new SampleEvents.Message("m-" + key,
        S3Notifications.direct(BenchServers.BUCKET, key, 1))));
    Outcome outcome = await(api.invoke(event, Duration.ofMinutes(5)), process);
    if (outcome.failed() || !outcome.body().equals("{\"batchItemFailures\":[]}")) {
      throw new IllegalStateException("the invocation failed: " + outcome.body()
          + "\nthe function's log:\n" + process.log());
    }
    return outcome.took().toNanos() / 1e9;
  }

  private static Outcome await(CompletableFuture<Outcome> outcome, LambdaProcess process) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      try {
        return outcome.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        if (process.awaitExit(0) != null) {
          throw new IllegalStateException("the runtime exited:\n" + process.log());
        }
      } catch (ExecutionException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no answer within " + WAIT + ":\n" + process.log());
  }
}
