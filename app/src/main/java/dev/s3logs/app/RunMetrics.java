package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.sqs.QueueCounters;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * The counters of a queue run as meters, read when scraped: nothing is counted twice. No tags:
 * bucket, key or queue names would make a series per object, and the process is the instance.
 */
final class RunMetrics {

  private RunMetrics() {
  }

  /**
   * Registers the run's meters. {@code ingest} should have been built with the same registry,
   * so that its bulk latency timer is exposed next to them.
   */
  static void bind(MeterRegistry registry, QueueCounters queue, ParseStats parse,
      IngestCounters ingest, Clock clock) {
    bindQueue(registry, queue);
    bindParse(registry, parse);
    bindIngest(registry, ingest);
    Gauge.builder("s3logs.lag", ingest, i -> lagSeconds(i, clock))
        .description("Now minus the newest event time stored (NaN before any)")
        .baseUnit("seconds")
        .register(registry);
  }

  private static void bindQueue(MeterRegistry registry, QueueCounters queue) {
    counter(registry, "s3logs.messages.received", "Messages received", queue.received);
    counter(registry, "s3logs.messages.deleted", "Messages deleted: done, or nothing to read",
        queue.deleted);
    counter(registry, "s3logs.messages.failed", "Messages left on the queue to be retried",
        queue.failed);
    counter(registry, "s3logs.messages.unrecognised", "Messages that are no S3 notification",
        queue.unrecognised);
    counter(registry, "s3logs.messages.test.events", "S3 test events", queue.testEvents);
    counter(registry, "s3logs.visibility.extensions", "Visibility timeouts extended",
        queue.visibilityExtensions);
    counter(registry, "s3logs.objects", "Objects the messages named", queue.objects);
  }

  private static void bindParse(MeterRegistry registry, ParseStats parse) {
    counter(registry, "s3logs.objects.done", "Objects whose every document was stored or kept",
        parse, ParseStats::objectsDone);
    counter(registry, "s3logs.objects.failed", "Objects left to be read again", parse,
        ParseStats::objectsFailed);
    counter(registry, "s3logs.lines", "Lines read", parse, ParseStats::lines);
    counter(registry, "s3logs.parse.failures", "Lines that are no access log record", parse,
        ParseStats::failures);
  }

  private static void bindIngest(MeterRegistry registry, IngestCounters ingest) {
    counter(registry, "s3logs.documents.stored", "Documents the engine stored or already had",
        ingest, IngestCounters::stored);
    counter(registry, "s3logs.documents.already.stored",
        "Documents the engine already had (updated, or refused with 409)", ingest,
        i -> i.updated.get() + i.alreadyStored.get());
    counter(registry, "s3logs.documents.dead.lettered", "Documents refused for good",
        ingest.rejected);
    counter(registry, "s3logs.documents.not.stored",
        "Documents not taken before the attempts ran out", ingest.notStored);
    counter(registry, "s3logs.bulk.retries", "Item sends repeated", ingest.retries);
    counter(registry, "s3logs.bulk.requests", "Bulk requests answered", ingest.requests);
  }

  private static void counter(MeterRegistry registry, String name, String description,
      AtomicLong value) {
    counter(registry, name, description, value, AtomicLong::get);
  }

  private static <T> void counter(MeterRegistry registry, String name, String description,
      T source, ToDoubleFunction<T> value) {
    FunctionCounter.builder(name, source, value).description(description).register(registry);
  }

  private static double lagSeconds(IngestCounters ingest, Clock clock) {
    OptionalLong newest = ingest.newestStored();
    return newest.isPresent() ? clock.millis() / 1000.0 - newest.getAsLong() : Double.NaN;
  }
}
