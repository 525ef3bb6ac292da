package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.sink.search.IngestCounters;
import java.io.PrintStream;

/**
 * The end of an ingest run on standard error: what was read, stored, refused, and where.
 *
 * @param deadLetters where the failed lines are kept, or null when none were
 */
record IngestSummary(String destination, ParseStats stats, IngestCounters counters,
    String deadLetters) {

  void print(PrintStream err) {
    err.printf("s3logs ingest: %d lines from %d %s into %s: %d stored (%d new, %d already"
            + " there), %d failed to parse, %d refused%n",
        stats.lines(), stats.objects(), stats.objects() == 1 ? "input" : "inputs",
        destination, counters.stored(), counters.created.get(),
        counters.updated.get() + counters.alreadyStored.get(), stats.failures(),
        counters.rejected.get());
    if (deadLetters != null) {
      err.println("  " + deadLetters);
    }
    if (counters.repeatsDropped.get() > 0) {
      err.printf("  %d repeated lines were not sent again%n", counters.repeatsDropped.get());
    }
    if (counters.retries.get() > 0) {
      err.printf("  %d documents had to be sent again (engine busy or unavailable)%n",
          counters.retries.get());
    }
    if (counters.notStored.get() > 0) {
      err.printf("  %d documents were NOT stored (%d of %d inputs incomplete): run again once the"
          + " engine is back (documents already stored are not duplicated)%n",
          counters.notStored.get(), stats.objectsFailed(), stats.objects());
    }
  }
}
