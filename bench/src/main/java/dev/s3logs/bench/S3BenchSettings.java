package dev.s3logs.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the environment asks of {@link S3Benchmark}; see {@code bench/s3-benchmark.sh} for the
 * variables. {@code QUICK=1} changes the defaults to a check that it all works.
 */
record S3BenchSettings(long lines, int largeObjects, int smallObjects, int smallLines,
    long runLines, int runObjects, int runs, int threads, List<Integer> fetchers,
    List<Integer> parts, String engineJavaOpts, String serverJavaOpts, Path workDir,
    boolean keepWork) {

  static S3BenchSettings fromEnvironment() {
    boolean quick = "1".equals(System.getenv("QUICK"));
    String work = env("WORK_DIR", "");
    return new S3BenchSettings(
        Long.parseLong(env("LINES", quick ? "100000" : "1000000")),
        Integer.parseInt(env("LARGE_OBJECTS", "4")),
        Integer.parseInt(env("SMALL_OBJECTS", quick ? "1000" : "10000")),
        Integer.parseInt(env("SMALL_LINES", "10")),
        Long.parseLong(env("RUN_LINES", quick ? "20000" : "200000")),
        Integer.parseInt(env("RUN_OBJECTS", quick ? "10" : "40")),
        Integer.parseInt(env("RUNS", quick ? "1" : "3")),
        Integer.parseInt(env("THREADS",
            Integer.toString(Runtime.getRuntime().availableProcessors()))),
        numbers(env("FETCHERS", "16,32")),
        numbers(env("PARTS", "1,2,3")),
        env("ENGINE_JAVA_OPTS", "-Xms2g -Xmx2g"),
        env("S3PROXY_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC"),
        work.isEmpty() ? null : Path.of(work),
        "1".equals(System.getenv("KEEP_WORK")));
  }

  /** Lines to generate: enough for every part asked for. */
  long linesNeeded() {
    return Math.max(lines, Math.max((long) smallObjects * smallLines, runLines));
  }

  /** The fetchers the large-object part and the local contenders use: the pipeline's default. */
  int defaultFetchers() {
    return fetchers.get(0);
  }

  private static List<Integer> numbers(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
