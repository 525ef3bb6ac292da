package dev.s3logs.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interval of a range: the finest with at most 300 points. */
class IntervalTest {

  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

  @ParameterizedTest
  @CsvSource({"PT2H, MINUTE, 120", "PT20H, FIVE_MINUTES, 240", "P2D, FIFTEEN_MINUTES, 192",
      "P7D, HOUR, 168", "P13D, THREE_HOURS, 104", "P90D, DAY, 90", "P400D, WEEK, 57"})
  void chosenFromTheRange(String length, Interval expected, long points) {
    TimeRange range = new TimeRange(T, T.plus(Duration.parse(length)));
    Interval interval = Interval.of(range);
    assertThat(interval).isEqualTo(expected);
    assertThat(range.length().dividedBy(interval.duration())).isEqualTo(points);
  }

  @Test
  void intervalsStartAtMultiplesOfTheirWidthFromAMonday() {
    Instant time = Instant.parse("2026-03-04T17:47:13Z");
    assertThat(Interval.FIFTEEN_MINUTES.start(time)).isEqualTo("2026-03-04T17:45:00Z");
    assertThat(Interval.THREE_HOURS.start(time)).isEqualTo("2026-03-04T15:00:00Z");
    assertThat(Interval.DAY.start(time)).isEqualTo("2026-03-04T00:00:00Z");
    assertThat(Interval.WEEK.start(time)).isEqualTo("2026-03-02T00:00:00Z");
  }
}
