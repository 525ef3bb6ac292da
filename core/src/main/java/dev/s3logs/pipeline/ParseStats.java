package dev.s3logs.pipeline;

/**
 * Counts of one run, for the summary line and the exit code. Updated from one thread; volatile
 * so that a progress display on another thread sees them (updates come once per chunk).
 */
public final class ParseStats {

  private volatile long objects;
  private volatile long records;
  private volatile long failures;
  private volatile long unreadableObjects;

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
}
