package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.Interval;
import dev.s3logs.traffic.TimePoint;
import dev.s3logs.traffic.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Points over time with the empty intervals filled in: a chart must show the quiet hours. */
final class TimeSeries {

  private TimeSeries() {
  }

  static List<TimePoint> filled(List<TimePoint> found, TimeRange range, Interval interval) {
    Map<Instant, TimePoint> byStart = found.stream()
        .collect(Collectors.toMap(TimePoint::start, Function.identity()));
    List<TimePoint> points = new ArrayList<>();
    for (Instant t = interval.start(range.from()); t.isBefore(range.to());
        t = t.plus(interval.duration())) {
      points.add(byStart.getOrDefault(t, TimePoint.empty(t)));
    }
    return points;
  }
}
