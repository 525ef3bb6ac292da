package dev.s3logs.lambda.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What bench/lambda-benchmark.sh passes, from the environment.
 *
 * @param work where the script put the generated logs, and where logs and archives go
 * @param runs cold starts per variant (and ingest runs per file)
 * @param warm warm invocations after each cold one, each with an object of its own
 * @param core the CPU the function and ingest are pinned to
 */
record BenchSettings(Path work, Path lambdaJar, Path appJar, int runs, int warm, String core,
    String options) {

  /** The JVM options compared by default; {archive} stands for the AppCDS archive. */
  private static final String DEFAULT_OPTIONS = "|-XX:TieredStopAtLevel=1|-Xshare:off"
      + "|-XX:SharedArchiveFile={archive}|-XX:SharedArchiveFile={archive} -XX:TieredStopAtLevel=1";

  static BenchSettings from(Map<String, String> env) {
    return new BenchSettings(Path.of(required(env, "WORK_DIR")),
        Path.of(env.getOrDefault("LAMBDA_JAR", "lambda/target/s3logs-lambda.jar")),
        Path.of(env.getOrDefault("APP_JAR", "app/target/s3logs.jar")),
        Integer.parseInt(env.getOrDefault("RUNS", "3")),
        Integer.parseInt(env.getOrDefault("WARM", "5")), env.getOrDefault("CORE", "0"),
        env.getOrDefault("OPTIONS", DEFAULT_OPTIONS));
  }

  /** The sets of JVM options to compare, from OPTIONS: separated by '|', the first may be "". */
  List<String> variants(Path archive) {
    return List.of(options.split("\\|", -1)).stream()
        .map(set -> set.replace("{archive}", archive.toString()).strip()).toList();
  }

  /** The 5,000-line file of ingest's short run. */
  Path coldLog() {
    return existing(work.resolve("cold.log"));
  }

  /** The 5,000-line object of the {@code start}th start's cold invocation (from 1). */
  Path freshLog(int start) {
    Path log = work.resolve("fresh-" + start + ".log");
    if (!Files.isRegularFile(log)) {
      throw new IllegalStateException(log + " is missing: bench/lambda-benchmark.sh makes one per"
          + " start, counting the sets of options in OPTIONS");
    }
    return log;
  }

  /** One object per warm invocation. */
  List<Path> warmLogs() {
    return IntStream.rangeClosed(1, warm).mapToObj(i -> existing(work.resolve("warm-" + i
        + ".log"))).toList();
  }

  /** The large file of ingest's steady-state rate. */
  Path bigLog() {
    return existing(work.resolve("big.log"));
  }

  /** {@code taskset -c CORE}: the one core Lambda's 1 vCPU stands for. */
  List<String> pinned() {
    return List.of("taskset", "-c", core);
  }

  private static Path existing(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(path + " is missing: bench/lambda-benchmark.sh makes it");
    }
    return path;
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run bench/lambda-benchmark.sh");
    }
    return value;
  }
}
