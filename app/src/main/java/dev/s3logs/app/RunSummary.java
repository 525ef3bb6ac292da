package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.sqs.QueueCounters;
import java.io.PrintStream;

/** The end of a run on standard error: messages, objects, lines and documents. */
record RunSummary(ParseStats stats, IngestCounters counters, QueueCounters queue,
    String deadLetters) {

  void print(PrintStream err) {
    err.printf("s3logs run: %d messages received, %d deleted, %d left for redelivery, %d not"
            + " notifications; %d objects (%d failed), %d lines: %d stored (%d already there),"
            + " %d failed to parse, %d refused%n",
        queue.received.get(), queue.deleted.get(), queue.failed.get(), queue.unrecognised.get(),
        stats.objects(), stats.objectsFailed(), stats.lines(), counters.stored(),
        counters.updated.get() + counters.alreadyStored.get(), stats.failures(),
        counters.rejected.get());
    if (deadLetters != null) {
      err.println("  " + deadLetters);
    }
    if (queue.visibilityExtensions.get() > 0) {
      err.printf("  messages were kept invisible %d times while their objects were read%n",
          queue.visibilityExtensions.get());
    }
    if (counters.notStored.get() > 0) {
      err.printf("  %d documents were not stored yet: their messages stay on the queue%n",
          counters.notStored.get());
    }
  }
}
