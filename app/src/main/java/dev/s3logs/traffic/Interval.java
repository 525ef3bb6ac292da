package dev.s3logs.traffic;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The width of one point over time, chosen from the range so a chart has up to 300 points. */
public enum Interval {
  MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

  private static final long MAX_POINTS = 300;

  private final ChronoUnit unit;

  Interval(ChronoUnit unit) {
    this.unit = unit;
  }

  /** The finest interval that gives {@code range} at most 300 points (days beyond that). */
  public static Interval of(TimeRange range) {
    for (Interval interval : values()) {
      if (range.length().dividedBy(interval.duration()) < MAX_POINTS) {
        return interval;
      }
    }
    return DAY;
  }

  public Duration duration() {
    return unit.getDuration();
  }

  /** The start of the interval {@code time} falls in (UTC). */
  public Instant start(Instant time) {
    return time.truncatedTo(unit);
  }

  public String unitName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
