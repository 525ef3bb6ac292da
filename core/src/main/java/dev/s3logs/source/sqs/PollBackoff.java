package dev.s3logs.source.sqs;

import java.time.Duration;

/**
 * How long receiving pauses after failures: doubling from a second to five minutes while objects
 * keep failing (the engine is down or throttling), back to nothing at the first success. Fewer
 * receives while the engine is away also means fewer receive counts towards the queue's redrive.
 * Thread-safe.
 */
final class PollBackoff {

  private static final Duration FIRST = Duration.ofSeconds(1);
  private static final Duration MAX = Duration.ofMinutes(5);

  private int failures;

  synchronized void failure() {
    failures = Math.min(failures + 1, 20);
  }

  synchronized void success() {
    failures = 0;
  }

  /** The pause before the next receive, and how long a failed message stays hidden. */
  synchronized Duration delay() {
    if (failures == 0) {
      return Duration.ZERO;
    }
    long millis = FIRST.toMillis() << Math.min(failures - 1, 16);
    return Duration.ofMillis(Math.min(millis, MAX.toMillis()));
  }
}
