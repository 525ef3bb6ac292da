package dev.s3logs.sink.search;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * What happened to the documents of a run, for progress, the summary and metrics. Thread-safe.
 */
public final class IngestCounters {

  /** Epoch seconds no access log comes near: nothing stored yet. */
  private static final long NONE = Long.MIN_VALUE;

  private final LongConsumer bulkLatency;
  private final AtomicLong newestStored = new AtomicLong(NONE);

  /** Counters of a run nobody scrapes: its bulk calls are not timed. */
  public IngestCounters() {
    this.bulkLatency = nanos -> { };
  }

  /** Counters whose bulk latency timer, {@code s3logs.bulk.latency}, is in {@code registry}. */
  public IngestCounters(MeterRegistry registry) {
    this.bulkLatency = BulkLatency.timer(registry);
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

  /** A {@code _bulk} call got its answer after {@code nanos}. */
  public void bulkAnswered(long nanos) {
    bulkLatency.accept(nanos);
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
