package dev.s3logs.generate;

import java.util.SplittableRandom;

/** How S3 answers a read: status, error code, byte counts and timings. */
final class Responses {

  // Out of 10,000 reads of an existing object; the rest succeed.
  private static final int INTERNAL_ERRORS = 10;
  private static final int SLOW_DOWNS = INTERNAL_ERRORS + 20;
  private static final int DENIALS = SLOW_DOWNS + 50;
  private static final int NOT_FOUNDS = DENIALS + 250;
  private static final int NOT_MODIFIEDS = NOT_FOUNDS + 1_700;
  private static final int PARTIALS = NOT_MODIFIEDS + 300;
  private static final long RANGE_CHUNK = 1L << 20;

  private final SplittableRandom random;
  private final SiteCatalogue site;

  Responses(SplittableRandom random, SiteCatalogue site) {
    this.random = random;
    this.site = site;
  }

  /**
   * Fills the outcome of reading {@code wanted} and returns the object that was asked for in the
   * end: a missing one when the answer is 404, so the key and URI agree with the status.
   */
  SiteObject read(LogEntry e, SiteObject wanted, boolean head, boolean website, int bytesPerMs) {
    int roll = wanted.size() == 0 ? NOT_FOUNDS - 1 : random.nextInt(10_000);
    if (roll < INTERNAL_ERRORS) {
      error(e, 500, "InternalError", website ? 344 : 282);
    } else if (roll < SLOW_DOWNS) {
      error(e, 503, "SlowDown", website ? 359 : 301);
    } else if (roll < DENIALS) {
      error(e, 403, "AccessDenied", website ? 303 : 243);
    } else if (roll < NOT_FOUNDS) {
      SiteObject missing = wanted.size() == 0 ? wanted : site.missing();
      // A website with an error document serves it; the REST API answers with an XML error.
      error(e, 404, "NoSuchKey", website ? site.errorPage.size() : 290 + missing.key().length());
      return missing;
    } else if (roll < NOT_MODIFIEDS) {
      e.status(304, null);
      served(e, 0, wanted.size(), bytesPerMs);
    } else if (roll < PARTIALS && wanted.size() > 2 * RANGE_CHUNK && !head) {
      e.status(206, null);
      served(e, RANGE_CHUNK * (1 + random.nextInt(2)), wanted.size(), bytesPerMs);
    } else {
      e.status(200, null);
      served(e, head ? 0 : wanted.size(), wanted.size(), bytesPerMs);
    }
    return wanted;
  }

  void error(LogEntry e, int status, String code, long bodyBytes) {
    e.status(status, code);
    e.bytesSent = bodyBytes;
    e.objectSize = LogEntry.ABSENT;
    long turnAround = turnAround();
    e.timing(turnAround + random.nextInt(3), turnAround);
  }

  /** Body bytes go out at {@code bytesPerMs}; the turn-around time covers S3's own work. */
  void served(LogEntry e, long bytes, long objectSize, int bytesPerMs) {
    e.bytesSent = bytes;
    e.objectSize = objectSize;
    long turnAround = turnAround();
    long transfer = bytes / (bytesPerMs / 2 + random.nextInt(bytesPerMs));
    e.timing(turnAround + transfer + random.nextInt(3), turnAround);
  }

  /** Mostly a few milliseconds, with the occasional slow request that makes dashboards useful. */
  long turnAround() {
    int roll = random.nextInt(100);
    if (roll < 90) {
      return 1 + random.nextInt(25);
    }
    return roll < 99 ? 25 + random.nextInt(200) : 200 + random.nextInt(2_500);
  }
}
