package dev.s3logs.source.s3;

/** What kind of S3 failure a request met, and whether it dooms the rest of the run. */
public enum S3Problem {
  NO_BUCKET(true),
  WRONG_REGION(true),
  CREDENTIALS_REFUSED(true),
  UNREACHABLE(true),
  ACCESS_DENIED(false),
  NO_OBJECT(false),
  OTHER(false);

  private final boolean stopsTheRun;

  S3Problem(boolean stopsTheRun) {
    this.stopsTheRun = stopsTheRun;
  }

  /**
   * True when every other request would fail the same way; false when it may concern one object
   * only (a key deleted since it was listed, an object encrypted with a key the role cannot use).
   */
  public boolean stopsTheRun() {
    return stopsTheRun;
  }
}
