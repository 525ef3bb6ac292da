package dev.s3logs.traffic;

import java.time.Duration;
import java.time.Instant;

/**
 * The width of one point over time, chosen from the range so that a chart has at most 300
 * points and, but for short ranges, not many fewer. Intervals start at multiples of their width
 * from Monday 2000-01-03 UTC, so days start at midnight and weeks on Mondays.
 */
public enum Interval {
  MINUTE(Duration.ofMinutes(1), "minute"),
  FIVE_MINUTES(Duration.ofMinutes(5), "5 minutes"),
  FIFTEEN_MINUTES(Duration.ofMinutes(15), "15 minutes"),
  HOUR(Duration.ofHours(1), "hour"),
  THREE_HOURS(Duration.ofHours(3), "3 hours"),
  DAY(Duration.ofDays(1), "day"),
  WEEK(Duration.ofDays(7), "week");

  /** Where intervals are counted from: a Monday at midnight (DuckDB's time_bucket agrees). */
  public static final Instant ORIGIN = Instant.parse("2000-01-03T00:00:00Z");
  private static final long MAX_POINTS = 300;

  private final Duration duration;
  private final String label;

  Interval(Duration duration, String label) {
    this.duration = duration;
    this.label = label;
  }

  /** The finest interval that gives {@code range} at most 300 points (weeks beyond that). */
  public static Interval of(TimeRange range) {
    for (Interval interval : values()) {
      if (range.length().dividedBy(interval.duration) < MAX_POINTS) {
        return interval;
      }
    }
    return WEEK;
  }

  public Duration duration() {
    return duration;
  }

  /** The start of the interval {@code time} falls in. */
  public Instant start(Instant time) {
    long width = duration.getSeconds();
    long since = Math.floorDiv(time.getEpochSecond() - ORIGIN.getEpochSecond(), width);
    return ORIGIN.plusSeconds(since * width);
  }

  /** {@code 15 minutes}, as in "requests per 15 minutes". */
  public String label() {
    return label;
  }
}
