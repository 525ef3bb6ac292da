package dev.s3logs.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The benchmark's summary: each contender's medians, and how s3logs compares with curl. */
final class ResultTable {

  private final IngestBenchmark.Settings settings;
  private final BulkFiles.Result bulk;

  ResultTable(IngestBenchmark.Settings settings, BulkFiles.Result bulk) {
    this.settings = settings;
    this.bulk = bulk;
  }

  void print(List<Measurement> results) {
    Measurement curl = median(results, "curl");
    Measurement s3logs = median(results, "s3logs");
    System.out.printf("%n%,d documents (%,d MB of bulk requests), median of %d runs each,"
        + " concurrency %d, %d MB requests, OpenSearch %s%n", bulk.documents(),
        bulk.bytes() >> 20, settings.runs(), settings.concurrency(), settings.bulkMegabytes(),
        settings.engineJavaOpts());
    System.out.printf("%-22s %12s %10s %14s %13s %15s %15s%n", "contender", "docs/s",
        "% of curl", "shipper CPU-s", "engine CPU-s", "shipper/engine", "rest of machine");
    row("curl (xargs -P " + settings.concurrency() + ")", curl, curl);
    row("s3logs ingest", s3logs, curl);
  }

  private static void row(String name, Measurement m, Measurement limit) {
    System.out.printf(Locale.ROOT, "%-22s %,12.0f %9.1f%% %14.1f %13.1f %14.1f%% %15.1f%n", name,
        m.docsPerSecond(), 100 * m.docsPerSecond() / limit.docsPerSecond(), m.shipperCpu(),
        m.engineCpu(), 100 * m.shipperCpu() / m.engineCpu(), m.otherCpu());
  }

  /** Each figure's median over a contender's runs (the figures may come from different runs). */
  private static Measurement median(List<Measurement> results, String contender) {
    List<Measurement> runs = results.stream().filter(m -> m.contender().equals(contender)).toList();
    return new Measurement(contender, 0,
        median(runs.stream().mapToDouble(Measurement::wall).toArray()),
        median(runs.stream().mapToDouble(Measurement::shipperCpu).toArray()),
        median(runs.stream().mapToDouble(Measurement::engineCpu).toArray()),
        median(runs.stream().mapToDouble(Measurement::otherCpu).toArray()),
        runs.get(0).documents());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
