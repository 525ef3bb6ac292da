package dev.s3logs.traffic;

import java.time.Duration;
import java.time.Instant;

/** From {@code from} (included) to {@code to} (excluded). */
public record TimeRange(Instant from, Instant to) {

  public TimeRange {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from " + from + " must be before to " + to);
    }
  }

  public Duration length() {
    return Duration.between(from, to);
  }
}
