package dev.s3logs.lambda.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Lambda handler's cold start and warm rate against {@code s3logs ingest} on one core: see
 * bench/lambda-benchmark.sh, which builds, generates the logs and runs this.
 */
public final class ColdStartBenchmark {

  private static final int LINES = 5000;

  private ColdStartBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.from(System.getenv());
    Files.createDirectories(settings.work().resolve("logs"));
    try (BenchServers servers = BenchServers.start()) {
      ColdStarts starts = new ColdStarts(settings, servers);
      // A production cluster is warm; a fresh one compiles its indexing path for the first few
      // hundred thousand documents, which made the first timed starts up to twice as slow.
      System.out.println("== Engine warm-up (untimed): ingest of the large file, twice");
      IngestRuns ingest = new IngestRuns(settings, servers);
      ingest.seconds(settings.bigLog());
      ingest.seconds(settings.bigLog());
      System.out.println("== Warm-up start (untimed): templates, indices, documents in place");
      starts.run("");
      Path archive = settings.work().resolve("s3logs-lambda.jsa");
      List<String> variants = settings.variants(archive);
      if (variants.stream().anyMatch(options -> options.contains(archive.toString()))) {
        System.out.println("== AppCDS archive of a start: " + archive);
        starts.runToExit("-XX:ArchiveClassesAtExit=" + archive);
      }
      Map<String, List<ColdStarts.Run>> results = new LinkedHashMap<>();
      for (String options : variants) {
        System.out.println("== JAVA_TOOL_OPTIONS=-Xmx512m " + options);
        results.put(options, measure(starts, options, settings.runs()));
      }
      diagnose(starts, settings.work());
      print(results);
      ingest(ingest, settings);
      System.out.printf("signatures verified: %d requests, %d refused%n",
          servers.verifier.accepted(), servers.verifier.rejections().size());
    }
  }

  private static List<ColdStarts.Run> measure(ColdStarts starts, String options, int runs) {
    List<ColdStarts.Run> measured = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ColdStarts.Run run = starts.run(options);
      System.out.printf("   init %.2f s (CPU %.2f s), cold %.2f s (CPU %.2f s), warm %s s%n",
          run.init(), run.initCpu(), run.cold(), run.coldCpu(),
          Arrays.toString(Arrays.stream(run.warm()).map(w -> Math.round(w * 100) / 100.0)
              .toArray()));
      measured.add(run);
    }
    return measured;
  }

  /**
   * One more start, with the runtime's own default of C1 only, that logs its class loading and
   * the JVM's start-up phases; when the classes that mark each step of init and of the cold
   * invocation were first loaded tells where the time goes.
   */
  private static void diagnose(ColdStarts starts, Path work) throws IOException {
    Path classes = work.resolve("logs").resolve("class-load.log");
    starts.run("-XX:TieredStopAtLevel=1 -Xlog:class+load=info:file=" + classes
        + " -Xlog:startuptime:file=" + work.resolve("logs").resolve("startuptime.log"));
    List<String> lines = Files.readAllLines(classes);
    long shared = lines.stream().filter(line -> line.contains("shared objects file")).count();
    long jdk = lines.stream().filter(line -> line.contains("source: jrt:/")).count();
    System.out.printf("== Classes loaded by init and the cold invocation (C1 only): %d, %d of them"
        + " from the JDK's CDS archive, %d more from the JDK's modules, %d from the task root and"
        + " the runtime's jars%n", lines.size(), shared, jdk, lines.size() - shared - jdk);
    System.out.println("   first loaded at (s since the JVM's start, with the logging's cost):");
    for (String marker : MARKERS) {
      lines.stream().filter(line -> line.contains(" " + marker + " ")).findFirst()
          .ifPresent(line -> System.out.printf("   %s %s%n", line.substring(1,
              line.indexOf(']')), marker));
    }
  }

  /** Classes whose loading marks a step: the runtime, settings, credentials, engine, clients. */
  private static final List<String> MARKERS = List.of(
      "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
      "dev.s3logs.lambda.SqsHandler",
      "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider",
      "dev.s3logs.assembly.EngineConnection",
      "dev.s3logs.sink.search.EngineDetection",
      "dev.s3logs.assembly.SearchSinkAssembly",
      "software.amazon.awssdk.services.s3.DefaultS3Client",
      "software.amazon.awssdk.services.sqs.DefaultSqsClient",
      "dev.s3logs.lambda.QueueBatch",
      "dev.s3logs.source.s3.S3ObjectPart",
      "dev.s3logs.parse.AccessLogParser",
      "dev.s3logs.sink.search.BulkSender",
      "dev.s3logs.lambda.event.BatchResponse");

  private static void print(Map<String, List<ColdStarts.Run>> results) {
    System.out.println();
    System.out.println("| JAVA_TOOL_OPTIONS (with -Xmx512m) | init s | cold s | init + cold s"
        + " | CPU s of init + cold | warm s | warm lines/s |");
    System.out.println("|---|---|---|---|---|---|---|");
    results.forEach((options, runs) -> {
      double init = median(runs.stream().mapToDouble(ColdStarts.Run::init).toArray());
      double cold = median(runs.stream().mapToDouble(ColdStarts.Run::cold).toArray());
      double both = median(runs.stream().mapToDouble(r -> r.init() + r.cold()).toArray());
      double cpu = median(runs.stream().mapToDouble(r -> r.initCpu() + r.coldCpu()).toArray());
      double warm = median(runs.stream().flatMapToDouble(r -> Arrays.stream(r.warm()))
          .toArray());
      System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.3f | %.0f |%n",
          options.isEmpty() ? "(none)" : options.replaceAll("=\\S*/", "=.../"), init, cold,
          both, cpu, warm, LINES / warm);
    });
    System.out.println("(medians; warm: over every warm invocation of every start)");
  }

  /**
   * Ingest's wall rate on each file, JVM start included, and its rate at the margin: the lines
   * the large file has more, over the seconds it takes more.
   */
  private static void ingest(IngestRuns ingest, BenchSettings settings) throws Exception {
    System.out.println();
    long[] lines = new long[2];
    double[] medians = new double[2];
    List<Path> logs = List.of(settings.coldLog(), settings.bigLog());
    for (int f = 0; f < 2; f++) {
      try (Stream<String> all = Files.lines(logs.get(f))) {
        lines[f] = all.count();
      }
      ingest.seconds(logs.get(f));
      double[] seconds = new double[settings.runs()];
      for (int i = 0; i < seconds.length; i++) {
        seconds[i] = ingest.seconds(logs.get(f));
      }
      medians[f] = median(seconds);
      System.out.printf("s3logs ingest -Xmx512m on core %s, %d lines: %.2f s (JVM start"
          + " included), %.0f lines/s%n", settings.core(), lines[f], medians[f],
          lines[f] / medians[f]);
    }
    System.out.printf("s3logs ingest at the margin: %.0f lines/s%n",
        (lines[1] - lines[0]) / (medians[1] - medians[0]));
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
