package dev.s3logs.lambda.ingest;

import dev.s3logs.lambda.ingest.PartResult.Done;
import dev.s3logs.lambda.ingest.PartResult.Failed;
import dev.s3logs.lambda.ingest.PartResult.Stopped;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.sink.search.IngestCounters;
import java.util.List;

/**
 * One invocation's parts after the pipeline: what became of each, in the order they were given,
 * and the counts of lines and documents.
 */
public record Batch(List<PartResult> results, ParseStats stats, IngestCounters counters) {

  public Batch {
    results = List.copyOf(results);
  }

  public long count(Class<? extends PartResult> kind) {
    return results.stream().filter(kind::isInstance).count();
  }

  public boolean allDone() {
    return count(Done.class) == results.size();
  }

  /** "15000 lines: 14990 stored (0 already there), 10 failed to parse, 0 refused". */
  public String lines() {
    return String.format("%d lines: %d stored (%d already there), %d failed to parse, %d refused",
        stats.lines(), counters.stored(), counters.updated.get() + counters.alreadyStored.get(),
        stats.failures(), counters.rejected.get());
  }

  /** "3 objects (1 failed, 1 to continue)". */
  public String objects() {
    long failed = count(Failed.class);
    long stopped = count(Stopped.class);
    String counts = results.size() + (results.size() == 1 ? " object" : " objects");
    if (failed + stopped == 0) {
      return counts;
    }
    return counts + " (" + failed + " failed, " + stopped + " to continue)";
  }
}
