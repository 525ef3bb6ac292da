package dev.s3logs.lambda.emulator;

import dev.s3logs.testing.Termination;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runtime interface client in a JVM of its own, as Lambda starts it: in the task root, with
 * the handler as its argument, the environment Lambda gives a function (and nothing of the
 * test's), talking to a {@link RuntimeApi}. Its standard output and error go to a log file.
 */
public final class LambdaProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private LambdaProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * @param env the function's own variables (S3LOGS_*, credentials), over Lambda's
   * @param jvmOptions as JAVA_TOOL_OPTIONS would give them, e.g. -Xmx512m
   * @param prefix run before java, e.g. taskset -c 0; empty for none
   */
  public static LambdaProcess start(Path task, String handler, Map<String, String> env,
      List<String> jvmOptions, List<String> prefix, RuntimeApi api, Path log) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", RuntimeClient.classpath(), RuntimeClient.MAIN_CLASS, handler));
    ProcessBuilder builder = new ProcessBuilder(command).directory(task.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.clear();
    environment.putAll(lambdaEnvironment(task, handler, api));
    environment.putAll(env);
    try {
      Files.createDirectories(log.getParent());
      return new LambdaProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the runtime for " + handler, e);
    }
  }

  /** What Lambda sets for every function (see "Defined runtime environment variables"). */
  private static Map<String, String> lambdaEnvironment(Path task, String handler, RuntimeApi api) {
    return Map.ofEntries(
        Map.entry("AWS_LAMBDA_RUNTIME_API", api.address()),
        Map.entry("_HANDLER", handler),
        Map.entry("AWS_LAMBDA_FUNCTION_NAME", "s3logs"),
        Map.entry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
        Map.entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"),
        Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/s3logs"),
        Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]0123456789abcdef"),
        Map.entry("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
        Map.entry("AWS_EXECUTION_ENV", "AWS_Lambda_java17"),
        Map.entry("AWS_REGION", "us-east-1"),
        Map.entry("AWS_DEFAULT_REGION", "us-east-1"),
        Map.entry("LAMBDA_TASK_ROOT", task.toString()),
        Map.entry("LANG", "en_US.UTF-8"),
        Map.entry("TZ", ":UTC"),
        Map.entry("PATH", "/usr/local/bin:/usr/bin:/bin"));
  }

  /** What the function wrote so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path logFile() {
    return log;
  }

  /** Waits for the process to exit; its exit code, or null if it still runs. */
  public Integer awaitExit(long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  public long pid() {
    return process.pid();
  }

  /** CPU seconds (user and system) the runtime has used so far; less noisy than wall time. */
  public double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  @Override
  public void close() {
    Termination.terminate(process);
  }
}
