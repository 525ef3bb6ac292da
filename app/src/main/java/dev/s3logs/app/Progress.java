package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.sink.search.IngestCounters;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One self-overwriting status line on a terminal while documents are sent: objects, lines,
 * documents per second, failures. Nothing at all when standard error is not a terminal, so logs
 * and pipes stay clean.
 */
final class Progress implements AutoCloseable {

  private final PrintStream err;
  private final ParseStats stats;
  private final IngestCounters counters;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService ticker;

  private Progress(PrintStream err, ParseStats stats, IngestCounters counters, boolean shown) {
    this.err = err;
    this.stats = stats;
    this.counters = counters;
    this.ticker = shown ? Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "s3logs-progress");
      thread.setDaemon(true);
      return thread;
    }) : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::show, 500, 500, TimeUnit.MILLISECONDS);
    }
  }

  static Progress start(PrintStream err, ParseStats stats, IngestCounters counters) {
    return new Progress(err, stats, counters, System.console() != null);
  }

  private void show() {
    double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
    long stored = counters.stored();
    err.printf("\r%d objects, %d lines, %d stored (%.0f docs/s), %d failed ", stats.objects(),
        stats.lines(), stored, stored / seconds, stats.failures() + counters.rejected.get());
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      err.print("\r\033[K");
    }
  }
}
