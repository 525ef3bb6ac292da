package dev.s3logs.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Hands out non-decreasing timestamps, one per line, spread over the requested days.
 *
 * <p>Each UTC hour receives a share of the lines proportional to its weight (time of day times
 * day of week), so the totals are exact and the traffic has a daily rhythm. Inside an hour, line
 * {@code j} of {@code k} falls at a random point of its own {@code 3600 / k} second slot, which
 * keeps the sequence sorted without ever buffering or sorting lines.
 */
final class TrafficClock {

  // UTC: a European and American audience keeps the small hours quiet and peaks mid-afternoon.
  private static final double[] HOUR_WEIGHTS = {
      3.0, 2.2, 1.8, 1.5, 1.4, 1.6, 2.4, 3.8, 5.6, 7.2, 8.4, 9.3,
      9.8, 10.2, 10.6, 11.0, 11.3, 11.1, 10.4, 9.2, 7.8, 6.3, 4.9, 3.8};
  // Monday first; a company site is quieter at the weekend.
  private static final double[] WEEKDAY_FACTORS = {1.0, 1.04, 1.06, 1.02, 0.94, 0.68, 0.72};
  private static final int SECONDS_PER_HOUR = 3600;

  private final SplittableRandom random;
  private final long totalLines;
  private final long firstEpochSecond;
  private final int firstWeekday;
  private final long lastHour;
  private final double totalWeight;

  private long hour = -1;
  private long hourStart;
  private long hourEnd;
  private double weightSoFar;
  private long index;

  TrafficClock(SplittableRandom random, GeneratorOptions options) {
    this.random = random;
    this.totalLines = options.lines();
    this.firstEpochSecond = options.firstDay().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    this.firstWeekday = options.firstDay().getDayOfWeek().getValue() - 1;
    this.lastHour = options.days() * 24L - 1;
    this.totalWeight = totalWeight(options.firstDay(), options.days());
  }

  /** The epoch second of the next line; must be called at most {@code lines} times. */
  long next() {
    while (index >= hourEnd) {
      advanceHour();
    }
    long slot = index - hourStart;
    long slots = hourEnd - hourStart;
    long second = (long) ((slot + random.nextDouble()) * SECONDS_PER_HOUR / slots);
    index++;
    return firstEpochSecond + hour * SECONDS_PER_HOUR + Math.min(second, SECONDS_PER_HOUR - 1);
  }

  private void advanceHour() {
    if (hour == lastHour) {
      throw new IllegalStateException("all " + totalLines + " timestamps were already handed out");
    }
    hour++;
    hourStart = hourEnd;
    weightSoFar += weight(hour);
    // Rounding the cumulative share, not each hour's share, makes the hours add up exactly.
    hourEnd = hour == lastHour ? totalLines : Math.round(totalLines * (weightSoFar / totalWeight));
  }

  private double weight(long hourIndex) {
    int weekday = (int) ((firstWeekday + hourIndex / 24) % 7);
    return HOUR_WEIGHTS[(int) (hourIndex % 24)] * WEEKDAY_FACTORS[weekday];
  }

  // Summed per weekday rather than per day so that very long ranges cost nothing.
  private static double totalWeight(LocalDate firstDay, int days) {
    double hoursOfOneDay = 0;
    for (double weight : HOUR_WEIGHTS) {
      hoursOfOneDay += weight;
    }
    double weekdays = 0;
    DayOfWeek weekday = firstDay.getDayOfWeek();
    for (int i = 0; i < 7; i++) {
      long occurrences = days / 7 + (i < days % 7 ? 1 : 0);
      weekdays += occurrences * WEEKDAY_FACTORS[weekday.plus(i).getValue() - 1];
    }
    return hoursOfOneDay * weekdays;
  }
}
