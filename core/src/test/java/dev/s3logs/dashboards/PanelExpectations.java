package dev.s3logs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What each panel's query must answer, computed from {@link LogLines}. */
final class PanelExpectations {

  private static final Map<String, Integer> COLUMNS = Map.ofEntries(
      Map.entry("http.response.status_code", LogLines.STATUS),
      Map.entry("event.action", LogLines.OPERATION),
      Map.entry("aws.s3access.key", LogLines.KEY),
      Map.entry("http.request.referrer", LogLines.REFERRER),
      Map.entry("client.ip", LogLines.IP),
      Map.entry("user_agent.original", LogLines.USER_AGENT),
      Map.entry("client.user.id", LogLines.REQUESTER),
      Map.entry("aws.s3access.bucket", LogLines.BUCKET),
      Map.entry("http.response.body.bytes", LogLines.BYTES),
      Map.entry("aws.s3access.total_time", LogLines.TOTAL_TIME),
      Map.entry("aws.s3access.turn_around_time", LogLines.TURN_AROUND));

  private final LogLines lines;
  private final List<String> checked = new ArrayList<>();

  PanelExpectations(LogLines lines) {
    this.lines = lines;
  }

  List<String> checked() {
    return checked;
  }

  void check(Panel panel, JsonNode aggs) {
    List<List<String>> kept = lines.lines().stream().filter(inRange(panel.filter())).toList();
    if (panel.kind().overTime()) {
      Map<Long, List<List<String>>> hours = kept.stream().collect(Collectors.groupingBy(
          line -> LogLines.time(line).toEpochSecond() / 3600 * 3_600_000, TreeMap::new,
          Collectors.toList()));
      assertThat(aggs.at("/time/buckets").size()).as(panel.id()).isEqualTo(hours.size());
      for (JsonNode bucket : aggs.at("/time/buckets")) {
        List<List<String>> hour = hours.get(bucket.path("key").asLong());
        assertThat(bucket.path("doc_count").asLong()).as(panel.id()).isEqualTo(hour.size());
        checkMetricsAndSeries(panel, bucket, hour);
      }
    } else if (panel.split() != null) {
      checkTerms(panel, aggs.path("split"), kept);
    } else {
      assertThat(panel.aggregation()).isEqualTo(Aggregation.CARDINALITY);
      assertThat(aggs.at("/m0/value").asLong()).as(panel.id()).isEqualTo(
          kept.stream().map(line -> LogLines.value(line, column(panel.fields().get(0))))
              .filter(java.util.Objects::nonNull).distinct().count());
    }
    checked.add(panel.id());
  }

  private void checkMetricsAndSeries(Panel panel, JsonNode bucket, List<List<String>> hour) {
    for (FieldRange range : panel.series()) {
      assertThat(bucket.at("/series/buckets").path(range.label()).path("doc_count").asLong())
          .as(panel.id() + " " + range.label())
          .isEqualTo(hour.stream().filter(inRange(range)).count());
    }
    for (int i = 0; i < panel.fields().size(); i++) {
      int column = column(panel.fields().get(i));
      JsonNode metric = bucket.path("m" + i);
      if (panel.aggregation() == Aggregation.SUM) {
        assertThat(metric.path("value").asLong()).as(panel.id())
            .isEqualTo(hour.stream().mapToLong(line -> LogLines.number(line, column)).sum());
      } else {
        checkPercentiles(panel, metric.path("values"), hour.stream()
            .filter(line -> LogLines.value(line, column) != null)
            .map(line -> LogLines.number(line, column)).sorted().toList());
      }
    }
  }

  /** TDigest interpolates: each percentile lies between the values ranked around it. */
  private static void checkPercentiles(Panel panel, JsonNode values, List<Long> sorted) {
    for (double percent : Panel.PERCENTS) {
      JsonNode value = values.path(String.valueOf(percent));
      if (sorted.isEmpty()) {
        assertThat(value.isNull() || value.isMissingNode()).as(panel.id()).isTrue();
        continue;
      }
      double rank = percent / 100 * sorted.size();
      long low = sorted.get(Math.max(0, (int) Math.floor(rank) - 1));
      long high = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(rank)));
      assertThat(value.asDouble()).as(panel.id() + " p" + percent + " of " + sorted)
          .isBetween((double) low, (double) high);
    }
  }

  /** The buckets have the lines' counts, and no value left out has more than one kept. */
  private static void checkTerms(Panel panel, JsonNode split, List<List<String>> kept) {
    Function<List<String>, String> key = keyOf(panel.split().field());
    Map<String, Long> counts = kept.stream().filter(line -> key.apply(line) != null)
        .collect(Collectors.groupingBy(key, Collectors.counting()));
    JsonNode buckets = split.path("buckets");
    assertThat(buckets.size()).as(panel.id())
        .isEqualTo(Math.min(panel.split().size(), counts.size()));
    Map<String, Long> shown = new TreeMap<>();
    buckets.forEach(b -> shown.put(b.path("key").asText(), b.path("doc_count").asLong()));
    if (panel.split().byValue()) {
      assertInOrderOfValue(panel, buckets);
    }
    shown.forEach((value, count) ->
        assertThat(count).as(panel.id() + " " + value).isEqualTo(counts.get(value)));
    long least = shown.values().stream().mapToLong(Long::longValue).min().orElse(0);
    counts.forEach((value, count) -> {
      if (!shown.containsKey(value)) {
        assertThat(count).as(panel.id() + " left out " + value).isLessThanOrEqualTo(least);
      }
    });
  }

  /** Numerically: hours as text would put 10 before 2. */
  private static void assertInOrderOfValue(Panel panel, JsonNode buckets) {
    List<Long> keys = new ArrayList<>();
    buckets.forEach(b -> keys.add(b.path("key").asLong()));
    assertThat(keys).as(panel.id() + " in order of value").isSorted();
  }

  private static Function<List<String>, String> keyOf(String field) {
    if (field.equals(ScriptedField.HOUR_OF_DAY.name())) {
      // asked for as float, like any number a script gives: keys 0.0 to 23.0
      return line -> String.valueOf((double) LogLines.time(line).withZoneSameInstant(
          java.time.ZoneOffset.UTC).getHour());
    }
    int column = column(field);
    return line -> LogLines.value(line, column);
  }

  private static Predicate<List<String>> inRange(FieldRange range) {
    if (range == null) {
      return line -> true;
    }
    int column = column(range.field());
    return line -> {
      long value = LogLines.number(line, column);
      return value >= range.from() && value < range.to();
    };
  }

  private static int column(String field) {
    Integer column = COLUMNS.get(field);
    if (column == null) {
      throw new AssertionError("no column of the log line for " + field);
    }
    return column;
  }
}
