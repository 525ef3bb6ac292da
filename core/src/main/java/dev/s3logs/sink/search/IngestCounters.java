package dev.s3logs.sink.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happened to the documents of a run, for progress, the summary and metrics. Thread-safe.
 */
public final class IngestCounters {

  /** Epoch seconds no access log comes near: nothing stored yet. */
  private static final long NONE = Long.MIN_VALUE;

  private final Timer bulkLatency;
  private final AtomicLong newestStored = new AtomicLong(NONE);

  /** Counters whose timer lives in a registry of their own, for runs nobody scrapes. */
  public IngestCounters() {
    this(new SimpleMeterRegistry());
  }

  /** Counters whose bulk latency timer is registered in {@code registry}. */
  public IngestCounters(MeterRegistry registry) {
    this.bulkLatency = Timer.builder("s3logs.bulk.latency")
        .description("Time from sending a _bulk request to its answer")
        .register(registry);
  }

  /** Documents the engine stored as new. */
  public final AtomicLong created = new AtomicLong();
  /** Documents whose id existed, overwritten with the same content: lines read before. */
  public final AtomicLong updated = new AtomicLong();
  /** Creates refused with 409 because the id exists: lines read before (data streams). */
  public final AtomicLong alreadyStored = new AtomicLong();
  /** Item sends that had to be repeated (429, 5xx, unreachable engine). */
  public final AtomicLong retries = new AtomicLong();
  /** Documents refused for good, kept in the dead letters. */
  public final AtomicLong rejected = new AtomicLong();
  /** Dead letters the dead-letter index took. */
  public final AtomicLong deadLettersIndexed = new AtomicLong();
  /**
   * Items the engine did not take before the attempts ran out: their objects failed, to be read
   * again later.
   */
  public final AtomicLong notStored = new AtomicLong();
  public final AtomicLong requests = new AtomicLong();
  /** Lines repeated within the run, not sent again where the engine takes no ids of ours. */
  public final AtomicLong repeatsDropped = new AtomicLong();

  /** How long {@code _bulk} calls that got an answer took. */
  public Timer bulkLatency() {
    return bulkLatency;
  }

  /**
   * Notes the event time (epoch seconds) of a document the engine stored or already had. Writes
   * only when it is newer, so that most calls are a plain read.
   */
  public void storedEventTime(long epochSecond) {
    long newest = newestStored.get();
    while (epochSecond > newest && !newestStored.compareAndSet(newest, epochSecond)) {
      newest = newestStored.get();
    }
  }

  /** The newest event time (epoch seconds) among the documents stored, if any. */
  public OptionalLong newestStored() {
    long newest = newestStored.get();
    return newest == NONE ? OptionalLong.empty() : OptionalLong.of(newest);
  }

  /** Every document the engine has, new or already there. */
  public long stored() {
    return created.get() + updated.get() + alreadyStored.get();
  }
}
