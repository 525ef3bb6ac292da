package dev.s3logs.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of one run, for the summary line and the exit code. Lines are counted on the reading
 * thread; volatile so that a progress display on another thread sees them (updates come once per
 * chunk). Acknowledgements come from the sink's threads.
 */
public final class ParseStats {

  private volatile long objects;
  private volatile long records;
  private volatile long failures;
  private volatile long unreadableObjects;
  private final AtomicLong objectsDone = new AtomicLong();
  private final AtomicLong objectsFailed = new AtomicLong();

  public void object(boolean readToTheEnd) {
    objects++;
    if (!readToTheEnd) {
      unreadableObjects++;
    }
  }

  public void add(NdjsonChunk chunk) {
    records += chunk.records();
    failures += chunk.failures().size();
  }

  void acknowledged(boolean done) {
    (done ? objectsDone : objectsFailed).incrementAndGet();
  }

  public long objects() {
    return objects;
  }

  public long lines() {
    return records + failures;
  }

  public long records() {
    return records;
  }

  public long failures() {
    return failures;
  }

  public long unreadableObjects() {
    return unreadableObjects;
  }

  /** Objects whose every document was stored or kept in the dead letters. */
  public long objectsDone() {
    return objectsDone.get();
  }

  /** Objects that could not be read to the end, or some of whose documents were not stored. */
  public long objectsFailed() {
    return objectsFailed.get();
  }
}
