package dev.s3logs.pipeline;

/** Counts of one run, for the summary line and the exit code. */
public final class ParseStats {

  private long objects;
  private long lines;
  private long records;
  private long failures;
  private long unreadableObjects;

  void object() {
    objects++;
  }

  void record() {
    lines++;
    records++;
  }

  void failure() {
    lines++;
    failures++;
  }

  void unreadable() {
    unreadableObjects++;
  }

  public long objects() {
    return objects;
  }

  public long lines() {
    return lines;
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
