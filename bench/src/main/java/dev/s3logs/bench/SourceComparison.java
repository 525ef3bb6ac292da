package dev.s3logs.bench;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.sink.discard.DiscardSink;
import dev.s3logs.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Contenders reading the same lines through {@code Pipeline.run} into a {@code DiscardSink}, in
 * this JVM: one untimed warm-up pass each (the JIT), then rounds in which the order rotates, so
 * that no contender always runs first. Every pass must read the same number of lines.
 */
final class SourceComparison {

  private final S3ProxyServer server;
  private final int rounds;

  SourceComparison(S3ProxyServer server, int rounds) {
    this.server = server;
    this.rounds = rounds;
  }

  /** The runs, in the order they ran; the first contender is the baseline of the table. */
  List<SourceRun> measure(List<Contender> contenders) {
    contenders.forEach(c -> pass(c, 0));
    List<SourceRun> runs = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (int i = 0; i < contenders.size(); i++) {
        SourceRun run = pass(contenders.get((i + round - 1) % contenders.size()), round);
        System.out.printf(Locale.ROOT, "  round %d/%d %-24s %6.2f s %,10.0f lines/s   pipeline"
            + " %5.1f CPU-s   S3Proxy %5.1f CPU-s%n", round, rounds, run.contender(),
            run.seconds(), run.linesPerSecond(), run.pipelineCpu(), run.serverCpu());
        runs.add(run);
      }
    }
    long lines = runs.get(0).lines();
    runs.stream().filter(r -> r.lines() != lines).findAny().ifPresent(r -> {
      throw new IllegalStateException(r.contender() + " read " + r.lines() + " lines, not "
          + lines);
    });
    return runs;
  }

  private SourceRun pass(Contender contender, int round) {
    ParseStats stats = new ParseStats();
    List<String> problems = new ArrayList<>();
    double pipelineBefore = ownCpuSeconds();
    double serverBefore = server.cpuSeconds();
    long began = System.nanoTime();
    try (Source source = contender.source().get(); DiscardSink sink = new DiscardSink()) {
      Pipeline.run(source, sink, contender.settings(), stats, problems::add);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    if (!problems.isEmpty() || stats.unreadableObjects() > 0) {
      throw new IllegalStateException(contender.name() + " could not read everything: "
          + problems);
    }
    return new SourceRun(contender.name(), round, seconds, stats.lines(),
        ownCpuSeconds() - pipelineBefore, server.cpuSeconds() - serverBefore);
  }

  /** Prints each contender's medians against the first contender's. */
  static void print(String title, List<Contender> contenders, List<SourceRun> runs) {
    System.out.printf("%n%s%n%-24s %12s %10s %14s %14s%n", title, "contender", "lines/s",
        "% of first", "pipeline CPU-s", "S3Proxy CPU-s");
    double baseline = 0;
    for (Contender contender : contenders) {
      List<SourceRun> own = runs.stream().filter(r -> r.contender().equals(contender.name()))
          .toList();
      double perSecond = own.get(0).lines()
          / Median.of(own.stream().mapToDouble(SourceRun::seconds).toArray());
      baseline = baseline == 0 ? perSecond : baseline;
      System.out.printf(Locale.ROOT, "%-24s %,12.0f %9.1f%% %14.1f %14.1f%n", contender.name(),
          perSecond, 100 * perSecond / baseline,
          Median.of(own.stream().mapToDouble(SourceRun::pipelineCpu).toArray()),
          Median.of(own.stream().mapToDouble(SourceRun::serverCpu).toArray()));
    }
  }

  private static double ownCpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration()
        .map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }
}
