package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.sink.deadletter.DeadLetter;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.IngestCounters;
import java.io.PrintStream;
import java.net.URI;

/** The end of an ingest run on standard error: what was read, stored, refused, and where. */
record IngestSummary(Engine engine, URI url, ParseStats stats, IngestCounters counters,
    DeadLetter deadLetter) {

  void print(PrintStream err) {
    err.printf("s3logs ingest: %d lines from %d %s into %s at %s: %d stored (%d new, %d already"
            + " there), %d failed to parse, %d refused%n",
        stats.lines(), stats.objects(), stats.objects() == 1 ? "input" : "inputs", engine, url,
        counters.stored(), counters.created.get(),
        counters.updated.get() + counters.alreadyStored.get(), stats.failures(),
        counters.rejected.get());
    if (deadLetter.count() > 0) {
      err.printf("  %d failed lines are kept in %s%n", deadLetter.count(), deadLetter.describe());
    }
    if (counters.repeatsDropped.get() > 0) {
      err.printf("  %d repeated lines were not sent again%n", counters.repeatsDropped.get());
    }
    if (counters.retries.get() > 0) {
      err.printf("  %d documents had to be sent again (engine busy or unavailable)%n",
          counters.retries.get());
    }
    if (counters.notStored.get() > 0) {
      err.printf("  %d documents were NOT stored: run again once the engine is back"
          + " (documents already stored are not duplicated)%n", counters.notStored.get());
    }
  }
}
