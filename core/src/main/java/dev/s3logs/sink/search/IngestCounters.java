package dev.s3logs.sink.search;

import java.util.concurrent.atomic.AtomicLong;

/** What happened to the documents of a run, for progress and the summary. Thread-safe. */
public final class IngestCounters {

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

  /** Every document the engine has, new or already there. */
  public long stored() {
    return created.get() + updated.get() + alreadyStored.get();
  }
}
