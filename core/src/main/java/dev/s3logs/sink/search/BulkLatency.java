package dev.s3logs.sink.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The timer of {@code _bulk} calls, in its own class so that counters without a registry never
 * load the metrics library (a hundred classes of a Lambda cold start).
 */
final class BulkLatency {

  private BulkLatency() {
  }

  /** Records nanoseconds into the {@code s3logs.bulk.latency} timer of {@code registry}. */
  static LongConsumer timer(MeterRegistry registry) {
    Timer timer = Timer.builder("s3logs.bulk.latency")
        .description("Time from sending a _bulk request to its answer")
        .register(registry);
    return nanos -> timer.record(nanos, TimeUnit.NANOSECONDS);
  }
}
