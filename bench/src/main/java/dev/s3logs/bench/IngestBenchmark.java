package dev.s3logs.bench;

import dev.s3logs.sink.search.BulkResponse;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.StandaloneEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ingest throughput benchmark: how close {@code s3logs ingest} comes to the engine's own limit,
 * and at what CPU cost. One OpenSearch, started through the tests' harness with a full-size heap
 * and C2. The limit is a plain curl loop posting the same documents, pre-built as bulk files cut
 * as s3logs cuts them, with as many requests in flight. The contenders alternate over fresh
 * indices; each run's documents are counted after a refresh. Run it with
 * {@code bench/ingest-benchmark.sh}, which builds what is missing and says what can be set.
 */
public final class IngestBenchmark {

  static final String INDEX_PATTERN = "bench-{yyyy.MM.dd}";
  static final String INDICES = "bench-*";
  private static final int SEED = 7;

  /** What the environment asks for; see the script for the variables. */
  record Settings(long lines, int runs, int concurrency, int bulkMegabytes, String engineJavaOpts,
      int warmUpFiles, Path workDir, boolean keepWork) {

    static Settings fromEnvironment() {
      String work = System.getenv("WORK_DIR");
      return new Settings(
          Long.parseLong(env("LINES", "1000000")),
          Integer.parseInt(env("RUNS", "3")),
          Integer.parseInt(env("CONCURRENCY", "2")),
          Integer.parseInt(env("BULK_MB", "5")),
          env("ENGINE_JAVA_OPTS", "-Xms2g -Xmx2g"),
          Integer.parseInt(env("WARMUP_FILES", "60")),
          work == null || work.isBlank() ? null : Path.of(work),
          "1".equals(System.getenv("KEEP_WORK")));
    }

    int bulkBytes() {
      return bulkMegabytes << 20; // as s3logs reads --bulk-size 5mb
    }

    private static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value.strip();
    }
  }

  private final Settings settings;
  private final Path root;
  private final Path work;
  private final MachineCpu machine;
  private StandaloneEngine server;
  private EngineRest rest;
  private BenchIndices indices;
  private String url;
  private Path log;
  private BulkFiles.Result bulk;

  private IngestBenchmark(Settings settings, Path root, Path work, MachineCpu machine) {
    this.settings = settings;
    this.root = root;
    this.work = work;
    this.machine = machine;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromEnvironment();
    Path root = Path.of("").toAbsolutePath();
    if (!Files.isExecutable(root.resolve("s3logs"))) {
      throw new IllegalStateException("run from the repository root (no ./s3logs in " + root + ")");
    }
    Path work = settings.workDir() != null
        ? Files.createDirectories(settings.workDir())
        : Files.createTempDirectory("s3logs-ingest-bench-");
    Runnable cleanUp = new Runnable() {
      private boolean done;

      // synchronized: on Ctrl-C the hook waits for the main thread's call instead of letting the
      // JVM halt in the middle of it
      @Override
      public synchronized void run() {
        if (done) {
          return;
        }
        done = true;
        if (settings.keepWork()) {
          System.out.println("work files kept in " + work);
          return;
        }
        try {
          deleteTree(work);
        } catch (IOException e) {
          System.err.println("could not delete " + work + ": " + e);
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(cleanUp, "ingest-benchmark-clean-up"));
    try {
      new IngestBenchmark(settings, root, work, MachineCpu.load()).run();
    } finally {
      cleanUp.run();
    }
  }

  private void run() throws Exception {
    System.out.printf("== Ingest benchmark: %,d lines, %d runs each (interleaved), concurrency %d,"
        + " bulk requests of up to %d MB%n", settings.lines(), settings.runs(),
        settings.concurrency(), settings.bulkMegabytes());
    System.out.printf("   %s, %d CPUs, load average at start: %s%n",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), loadAverage());
    long began = System.nanoTime();
    try (StandaloneEngine started = StandaloneEngine.openSearch(settings.engineJavaOpts())) {
      server = started;
      SearchEngine engine = started.engine();
      rest = engine.rest();
      indices = new BenchIndices(rest, INDICES);
      url = engine.baseUri().toString();
      System.out.printf("== %s at %s (%s) ready in %.1f s%n", engine, url,
          settings.engineJavaOpts(), (System.nanoTime() - began) / 1e9);
      prepare();
      List<Measurement> results = new ArrayList<>();
      for (int run = 1; run <= settings.runs(); run++) {
        // who goes first alternates, so that neither always gets the engine as the other left it
        if (run % 2 == 1) {
          results.add(measure(run, "curl", curlCommand(bulk.files())));
          results.add(measure(run, "s3logs", s3logsCommand(run)));
        } else {
          results.add(measure(run, "s3logs", s3logsCommand(run)));
          results.add(measure(run, "curl", curlCommand(bulk.files())));
        }
      }
      System.out.printf("%nload average at end: %s%n", loadAverage());
      new ResultTable(settings, bulk).print(results);
    }
  }

  /** Generates the log, builds the bulk files, installs the template, warms the engine up. */
  private void prepare() throws IOException, InterruptedException {
    log = work.resolve("access.log");
    System.out.printf("== Generating %,d lines (seed %d) into %s%n", settings.lines(), SEED, log);
    // also builds the application jar if it is stale, outside the timed runs
    runChecked("generate", List.of("./s3logs", "generate", "--lines",
        Long.toString(settings.lines()), "--seed", Integer.toString(SEED), "-o", log.toString()));
    long began = System.nanoTime();
    bulk = BulkFiles.write(log, work.resolve("bulk"), INDEX_PATTERN, settings.bulkBytes());
    System.out.printf("== Pre-built %d bulk files for curl: %,d documents, %,d MB (log: %,d MB,"
        + " %,d unparsable lines) in %.1f s%n", bulk.files().size(), bulk.documents(),
        bulk.bytes() >> 20, Files.size(log) >> 20, bulk.unparsed(), (System.nanoTime() - began) / 1e9);
    // Both contenders write into indices made from s3logs's own template (explicit mappings),
    // set for one node: 1 shard, 0 replicas, refreshed every 30 s.
    runChecked("setup", List.of("./s3logs", "setup", "--to", url, "--index", INDEX_PATTERN,
        "--replicas", "0", "--refresh-interval", "30s"));
    // The first run on a fresh engine is slower (C2 still compiling the indexing path): warm up.
    List<Path> warmUp = bulk.files().subList(0,
        Math.min(settings.warmUpFiles(), bulk.files().size()));
    System.out.printf("== Warming the engine up: curl posts %d bulk files, untimed%n", warmUp.size());
    indices.delete();
    runChecked("warm-up", curlCommand(warmUp));
    checkCurlAnswers(warmUp.size());
  }

  private Measurement measure(int run, String contender, List<String> command)
      throws IOException, InterruptedException {
    indices.delete();
    Path timeFile = work.resolve("time.txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o",
        timeFile.toString()));
    timed.addAll(command);
    double engineBefore = seconds(server.cpuTime());
    double machineBefore = machine.busySeconds();
    long began = System.nanoTime();
    Process process = start(contender, timed);
    int status = process.waitFor();
    double wall = (System.nanoTime() - began) / 1e9;
    if (status != 0) {
      throw failure(contender + " exited with status " + status, contender);
    }
    // the engine's share includes making the documents searchable (a refresh), not only taking them
    indices.refresh();
    double engineCpu = seconds(server.cpuTime()) - engineBefore;
    double machineCpu = machine.busySeconds() - machineBefore;
    String[] times = Files.readString(timeFile).strip().split("\\s+");
    double shipperCpu = Double.parseDouble(times[times.length - 2])
        + Double.parseDouble(times[times.length - 1]);
    long count = indices.count();
    if (count != bulk.documents()) {
      throw failure("after " + contender + ", " + INDICES + " holds " + count + " documents instead of "
          + bulk.documents(), contender);
    }
    if (contender.equals("curl")) {
      checkCurlAnswers(bulk.files().size());
    } else {
      checkNoDeadLetters(run);
    }
    Measurement m = new Measurement(contender, run, wall, shipperCpu, engineCpu,
        Math.max(0, machineCpu - shipperCpu - engineCpu), count);
    System.out.printf(Locale.ROOT, "run %d/%d %-6s %7.1f s %,9.0f docs/s   shipper %6.1f CPU-s"
        + "   engine %6.1f CPU-s   rest of machine %5.1f CPU-s%n", run, settings.runs(), contender,
        m.wall(), m.docsPerSecond(), m.shipperCpu(), m.engineCpu(), m.otherCpu());
    return m;
  }

  /**
   * The baseline: xargs runs one curl per bulk file, {@code concurrency} at a time, each answer
   * to its own file. No "Expect: 100-continue" round trip, which s3logs's client does not make.
   */
  private List<String> curlCommand(List<Path> files) throws IOException {
    Path list = work.resolve("bulk-files.txt");
    Files.write(list, files.stream().map(f -> f.getFileName().toString()).toList());
    Path answers = work.resolve("answers");
    deleteTree(answers);
    Files.createDirectories(answers);
    // s3logs's own path and query: the engine writes the same, shorter answer for both
    return List.of("xargs", "-a", list.toString(), "-P", Integer.toString(settings.concurrency()),
        "-I", "{}", "curl", "-sS", "--fail-with-body", "-o", answers + "/{}.json",
        "-H", "Content-Type: application/x-ndjson", "-H", "Expect:",
        "--data-binary", "@" + work.resolve("bulk") + "/{}", url + BulkResponse.PATH);
  }

  /** Every answer must say that no item failed. */
  private void checkCurlAnswers(int expected) throws IOException {
    try (Stream<Path> answers = Files.list(work.resolve("answers"))) {
      List<Path> files = answers.sorted().toList();
      if (files.size() != expected) {
        throw new IllegalStateException("curl left " + files.size() + " answers for " + expected
            + " bulk files");
      }
      for (Path answer : files) {
        String head = head(answer, 64);
        if (!head.startsWith("{\"errors\":false")) {
          throw new IllegalStateException("bulk answer " + answer + " does not say"
              + " \"errors\":false: " + head);
        }
      }
    }
  }

  private List<String> s3logsCommand(int run) {
    return List.of("./s3logs", "ingest", log.toString(), "--to", url, "--index", INDEX_PATTERN,
        "--dead-letter", deadLetters(run).toString(),
        "--bulk-size", settings.bulkMegabytes() + "mb",
        "--concurrency", Integer.toString(settings.concurrency()));
  }

  private Path deadLetters(int run) {
    return work.resolve("dead-letters-" + run + ".ndjson");
  }

  /** Generated logs hold unparsable lines on purpose; nothing the engine refused may be there. */
  private void checkNoDeadLetters(int run) throws IOException {
    Path file = deadLetters(run);
    if (!Files.exists(file)) {
      return;
    }
    try (Stream<String> lines = Files.lines(file)) {
      long refused = lines.filter(line -> !line.contains("\"stage\":\"parse\"")).count();
      long total = lineCount(file);
      if (total != bulk.unparsed() || refused != 0) {
        throw failure("s3logs dead-lettered " + total + " lines (" + bulk.unparsed()
            + " unparsable expected); see " + file, "s3logs");
      }
    }
  }

  private Process start(String label, List<String> command) throws IOException {
    return new ProcessBuilder(command)
        .directory(root.toFile())
        .redirectOutput(work.resolve(label + ".out").toFile())
        .redirectError(work.resolve(label + ".err").toFile())
        .start();
  }

  private void runChecked(String label, List<String> command)
      throws IOException, InterruptedException {
    int status = start(label, command).waitFor();
    if (status != 0) {
      throw failure(label + " exited with status " + status, label);
    }
  }

  /** An exception that tells what the failed step printed. */
  private IllegalStateException failure(String what, String label) {
    StringBuilder message = new StringBuilder(what);
    for (String stream : List.of(".out", ".err")) {
      Path file = work.resolve(label + stream);
      try {
        if (Files.exists(file) && Files.size(file) > 0) {
          List<String> lines = Files.readAllLines(file);
          message.append("\n--- ").append(label).append(stream).append(" (last lines) ---\n")
              .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
      } catch (IOException e) {
        message.append("\n(").append(file).append(" unreadable: ").append(e).append(')');
      }
    }
    return new IllegalStateException(message.toString());
  }

  private static String head(Path file, int bytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
    }
  }

  private static long lineCount(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    }
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return Arrays.stream(fields, 0, 3).collect(Collectors.joining(" "));
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteTree(Path top) throws IOException {
    if (!Files.exists(top)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(top)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
