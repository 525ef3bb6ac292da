package dev.s3logs.bench;

import dev.s3logs.testing.LocalSqs;
import dev.s3logs.testing.StandaloneEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code s3logs run} draining a queue of notifications of objects in S3Proxy into OpenSearch,
 * against {@code s3logs ingest} of the same lines from one local file, both as processes of the
 * launcher with the same bulk settings, on freshly deleted indices. {@code run} counts as done
 * when its queue is empty (a message is deleted only once its object's documents are stored);
 * its exit comes after the idle wait, reported apart.
 */
final class RunVersusIngest {

  static final String INDEX_PATTERN = "bench-{yyyy.MM.dd}";
  private static final int IDLE_SECONDS = 2;

  private final RunSetup setup;
  private final StandaloneEngine engine;
  private final S3ProxyServer server;
  private final BenchIndices indices;

  RunVersusIngest(RunSetup setup, StandaloneEngine engine, S3ProxyServer server) {
    this.setup = setup;
    this.engine = engine;
    this.server = server;
    this.indices = new BenchIndices(engine.engine().rest(), "bench-*");
  }

  /** An untimed pass of each, then {@code rounds} rounds, who goes first alternating. */
  List<RunMeasurement> measure(int rounds) throws Exception {
    measure("ingest", 0);
    measure("run", 0);
    List<RunMeasurement> results = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      List<String> order = round % 2 == 1 ? List.of("ingest", "run") : List.of("run", "ingest");
      for (String contender : order) {
        RunMeasurement m = measure(contender, round);
        System.out.printf(Locale.ROOT, "  round %d/%d %-6s %6.2f s to stored (%6.2f s to exit)"
            + " %,9.0f docs/s   s3logs %5.1f CPU-s   engine %5.1f CPU-s   S3Proxy %4.1f CPU-s%n",
            round, rounds, contender, m.storedSeconds(), m.exitSeconds(), m.docsPerSecond(),
            m.s3logsCpu(), m.engineCpu(), m.serverCpu());
        results.add(m);
      }
    }
    return results;
  }

  private RunMeasurement measure(String contender, int round) throws Exception {
    indices.delete();
    String label = contender + "-" + round;
    String queueUrl = contender.equals("run") ? setup.fillQueue(label) : null;
    List<String> command = contender.equals("run") ? setup.runCommand(queueUrl, label)
        : setup.ingestCommand(label);
    double engineBefore = engine.cpuTime().toNanos() / 1e9;
    double serverBefore = server.cpuSeconds();
    long began = System.nanoTime();
    ChildCommand child = ChildCommand.start(setup.root(), setup.work(), label, command,
        setup.awsEnvironment());
    double stored = queueUrl == null ? Double.NaN : awaitDrained(child, queueUrl, began);
    child.awaitSuccess();
    double exit = (System.nanoTime() - began) / 1e9;
    indices.refresh();
    long count = indices.count();
    if (count != setup.documents()) {
      throw child.failure("after " + label + ", bench-* holds " + count + " documents, not "
          + setup.documents());
    }
    checkDeadLetters(child, setup.deadLetters(label));
    return new RunMeasurement(contender, round, queueUrl == null ? exit : stored, exit, count,
        child.cpuSeconds(), engine.cpuTime().toNanos() / 1e9 - engineBefore,
        server.cpuSeconds() - serverBefore);
  }

  /** Seconds from start until the queue holds no message, visible or in flight. */
  private double awaitDrained(ChildCommand child, String queueUrl, long began) throws Exception {
    while (LocalSqs.get().approximateCount(queueUrl) > 0) {
      if (!child.isAlive()) {
        throw child.failure("run exited with messages left on " + queueUrl);
      }
      Thread.sleep(20);
    }
    return (System.nanoTime() - began) / 1e9;
  }

  /** Only the generated log's unparsable lines may be there, nothing the engine refused. */
  private void checkDeadLetters(ChildCommand child, Path file) throws Exception {
    if (!Files.exists(file)) {
      return;
    }
    try (Stream<String> lines = Files.lines(file)) {
      if (lines.anyMatch(line -> !line.contains("\"stage\":\"parse\""))) {
        throw child.failure("the engine refused documents; see " + file);
      }
    }
  }

  /** Medians of each contender, {@code run} against {@code ingest}. */
  static void print(List<RunMeasurement> results, long lines, int objects) {
    System.out.printf("%nPart 3: %,d lines, %d objects with a notification each, medians%n",
        lines, objects);
    System.out.printf("%-34s %10s %11s %11s %13s %13s %14s%n", "contender", "docs/s",
        "% of ingest", "s to exit", "s3logs CPU-s", "engine CPU-s", "S3Proxy CPU-s");
    double ingest = row("ingest (local file)", results, "ingest", 0);
    row("run (SQS + S3Proxy, to drained)", results, "run", ingest);
    System.out.printf("(run's exit comes %d s after the queue is drained: --exit-when-idle)%n",
        IDLE_SECONDS);
  }

  private static double row(String name, List<RunMeasurement> results, String contender,
      double baseline) {
    List<RunMeasurement> own = results.stream().filter(m -> m.contender().equals(contender))
        .toList();
    double perSecond = own.get(0).documents()
        / Median.of(own.stream().mapToDouble(RunMeasurement::storedSeconds).toArray());
    System.out.printf(Locale.ROOT, "%-34s %,10.0f %10.1f%% %11.2f %13.1f %13.1f %14.1f%n", name,
        perSecond, baseline == 0 ? 100 : 100 * perSecond / baseline,
        Median.of(own.stream().mapToDouble(RunMeasurement::exitSeconds).toArray()),
        Median.of(own.stream().mapToDouble(RunMeasurement::s3logsCpu).toArray()),
        Median.of(own.stream().mapToDouble(RunMeasurement::engineCpu).toArray()),
        Median.of(own.stream().mapToDouble(RunMeasurement::serverCpu).toArray()));
    return perSecond;
  }

  static int idleSeconds() {
    return IDLE_SECONDS;
  }
}
