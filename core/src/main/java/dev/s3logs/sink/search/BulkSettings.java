package dev.s3logs.sink.search;

import java.time.Duration;

/**
 * How documents are sent: requests of about {@code maxBytes}, {@code concurrency} of them in
 * flight, and how long to keep retrying what the engine could not take yet.
 *
 * @param maxAttempts attempts per item, the first included, before it is dead-lettered
 */
public record BulkSettings(int maxBytes, int concurrency, int maxAttempts, Duration firstBackoff,
    Duration maxBackoff) {

  public static final BulkSettings DEFAULT =
      new BulkSettings(5 << 20, 2, 8, Duration.ofMillis(200), Duration.ofSeconds(30));

  public BulkSettings {
    if (maxBytes < 1024 || concurrency < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("bulk size must be at least 1 KB, concurrency and "
          + "attempts at least 1");
    }
  }

  /** These settings with another request size and number of requests in flight. */
  public BulkSettings withSize(int bytes, int inFlight) {
    return new BulkSettings(bytes, inFlight, maxAttempts, firstBackoff, maxBackoff);
  }

  /**
   * These settings with another number of attempts per item, the first included: 1 sends once
   * and never retries.
   */
  public BulkSettings withAttempts(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("--max-attempts must be at least 1 (1: no retries), "
          + "not " + attempts);
    }
    return new BulkSettings(maxBytes, concurrency, attempts, firstBackoff, maxBackoff);
  }

  /**
   * Exponential backoff with full jitter (a random wait up to the exponential bound), so that
   * several shippers throttled at once do not come back at once.
   */
  public Duration backoff(int attempt, double random) {
    long bound = Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis((long) (bound * random));
  }
}
