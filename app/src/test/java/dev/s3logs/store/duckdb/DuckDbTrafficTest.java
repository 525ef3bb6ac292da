package dev.s3logs.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3logs.traffic.BotPatterns;
import dev.s3logs.traffic.Bots;
import dev.s3logs.traffic.Count;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.Interval;
import dev.s3logs.traffic.KnownTraffic;
import dev.s3logs.traffic.Latency;
import dev.s3logs.traffic.LogLine;
import dev.s3logs.traffic.RequestPage;
import dev.s3logs.traffic.StatusClass;
import dev.s3logs.traffic.TimePoint;
import dev.s3logs.traffic.TimeRange;
import dev.s3logs.traffic.TopList;
import dev.s3logs.traffic.Totals;
import dev.s3logs.traffic.TrafficFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB answers over a store the real ingest made, against numbers counted here from the
 * raw lines with the test's own regular expression.
 */
class DuckDbTrafficTest {

  @TempDir
  static Path dir;

  private static KnownTraffic known;
  private static DuckDbTraffic traffic;
  private static TrafficFilter all;

  @BeforeAll
  static void ingest() throws Exception {
    known = KnownTraffic.make(dir);
    traffic = DuckDbTraffic.open(new DuckDbLocation(known.store()));
    Instant from = KnownTraffic.FIRST_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    all = TrafficFilter.of(new TimeRange(from, from.plus(2, ChronoUnit.DAYS)));
  }

  @AfterAll
  static void close() {
    traffic.close();
  }

  @Test
  void spanIsTheFirstAndLastRequest() {
    Instant first = known.lines().stream().map(LogLine::time).min(Comparator.naturalOrder())
        .orElseThrow();
    Instant last = known.lines().stream().map(LogLine::time).max(Comparator.naturalOrder())
        .orElseThrow();
    assertThat(traffic.span()).contains(new TimeRange(first, last.plusSeconds(1)));
  }

  @Test
  void totalsCountRequestsBytesErrorsAndTiers() {
    Totals totals = traffic.totals(all);
    assertThat(totals.requests()).isEqualTo(known.lines().size()).isGreaterThan(3000);
    assertThat(totals.bytesSent()).isEqualTo(sum(known.lines(), LogLine::bytesSent));
    assertThat(totals.errors()).isEqualTo(count(l -> l.statusIn(400, 1000))).isPositive();
    assertThat(totals.tier1Requests()).isEqualTo(count(DuckDbTrafficTest::tier1)).isPositive();
    assertThat(totals.tier2Requests()).isEqualTo(count(l -> !tier1(l)));
  }

  @Test
  void aTimeRangeCountsOnlyItsRequests() {
    Instant from = all.range().from().plus(30, ChronoUnit.HOURS);
    Instant to = from.plus(90, ChronoUnit.MINUTES);
    Totals totals = traffic.totals(TrafficFilter.of(new TimeRange(from, to)));
    assertThat(totals.requests()).isEqualTo(count(l -> !l.time().isBefore(from)
        && l.time().isBefore(to))).isPositive();
  }

  @Test
  void hourlyPointsCoverTheRangeAndSumToTheLines() {
    List<TimePoint> points = traffic.overTime(all, Interval.HOUR);
    assertThat(points).hasSize(48);
    Map<Instant, Long> perHour = known.lines().stream().collect(Collectors.groupingBy(
        l -> l.time().truncatedTo(ChronoUnit.HOURS), Collectors.counting()));
    for (TimePoint point : points) {
      assertThat(point.requests()).as(point.start().toString())
          .isEqualTo(perHour.getOrDefault(point.start(), 0L));
    }
    assertThat(points.stream().mapToLong(TimePoint::errors).sum())
        .isEqualTo(count(l -> l.statusIn(400, 1000)));
  }

  @Test
  void weeklyPointsStartOnMondays() {
    TimeRange month = new TimeRange(Instant.parse("2026-02-01T00:00:00Z"),
        Instant.parse("2026-03-31T00:00:00Z"));
    List<TimePoint> points = traffic.overTime(TrafficFilter.of(month), Interval.WEEK);
    assertThat(points).first().extracting(TimePoint::start)
        .isEqualTo(Instant.parse("2026-01-26T00:00:00Z"));
    // 2026-03-01 is a Sunday: its requests end a week, the next day's begin one
    Instant monday = Instant.parse("2026-03-02T00:00:00Z");
    assertThat(points).filteredOn(p -> p.requests() > 0)
        .extracting(TimePoint::start, TimePoint::requests)
        .containsExactly(tuple(Instant.parse("2026-02-23T00:00:00Z"),
            count(l -> l.time().isBefore(monday))),
            tuple(monday, count(l -> !l.time().isBefore(monday))));
  }

  @Test
  void topListsAreTheMostFrequentValues() {
    assertThat(traffic.top(all, Dimension.STATUS, 10))
        .isEqualTo(top(known.lines(), l -> l.status() == null ? null : String.valueOf(l.status())));
    assertThat(traffic.top(all, Dimension.KEY, 10)).isEqualTo(top(known.lines(), LogLine::key));
    assertThat(traffic.top(all, Dimension.USER_AGENT, 10))
        .isEqualTo(top(known.lines(), LogLine::userAgent));
    assertThat(traffic.top(all, Dimension.REQUESTER, 10))
        .isEqualTo(top(known.lines(), LogLine::requester));
    assertThat(traffic.top(all, Dimension.CLIENT_IP, 10))
        .isEqualTo(top(known.lines(), LogLine::ip));
  }

  @Test
  void filtersNarrowTheTopLists() {
    List<LogLine> notFound = lines(l -> l.statusIn(404, 405));
    assertThat(traffic.top(all.with(Dimension.STATUS, "404"), Dimension.KEY, 10))
        .isEqualTo(top(notFound, LogLine::key)).isNotEmpty();
    List<LogLine> clientErrors = lines(l -> l.statusIn(400, 500));
    assertThat(traffic.top(all.withStatusClass(StatusClass.S4XX), Dimension.OPERATION, 10))
        .isEqualTo(top(clientErrors, LogLine::operation));
    String operation = "REST.PUT.OBJECT";
    assertThat(traffic.totals(all.with(Dimension.OPERATION, operation)).requests())
        .isEqualTo(count(l -> operation.equals(l.operation()))).isPositive();
  }

  @Test
  void botsAreTheUserAgentsWithTheListedWords() {
    long bots = count(l -> l.userAgent() != null && BotPatterns.WORDS.stream()
        .anyMatch(l.userAgent().toLowerCase(Locale.ROOT)::contains));
    assertThat(bots).isPositive();
    assertThat(traffic.totals(all.withBots(Bots.ONLY)).requests()).isEqualTo(bots);
    assertThat(traffic.totals(all.withBots(Bots.EXCLUDE)).requests())
        .isEqualTo(known.lines().size() - bots);
  }

  @Test
  void searchIsASubstringIgnoringCaseWithWildcardsTakenLiterally() {
    for (String text : List.of("GOOGLEBOT", "%25", "_", "203.0.113", "onerror")) {
      assertThat(traffic.totals(all.withSearch(text)).requests()).as(text)
          .isEqualTo(count(l -> l.contains(text)));
    }
    assertThat(count(l -> l.contains("%25"))).isPositive();
  }

  @Test
  void topListsInOnePassAreTheListsAskedOneByOne() {
    List<TopList> lists = List.of(TopList.of("key", Dimension.KEY),
        new TopList("key404", Dimension.KEY, "404"), TopList.of("ip", Dimension.CLIENT_IP),
        TopList.of("agent", Dimension.USER_AGENT), TopList.of("status", Dimension.STATUS),
        TopList.of("requester", Dimension.REQUESTER), TopList.of("bucket", Dimension.BUCKET));
    for (TrafficFilter filter : List.of(all, all.withSearch("GET"), all.withSearch("a"),
        all.withSearch("wp").withStatusClass(StatusClass.S4XX),
        all.withSearch("o").withBots(Bots.EXCLUDE).with(Dimension.OPERATION, "REST.GET.OBJECT"),
        all.withSearch("e").with(Dimension.STATUS, "200"))) {
      for (int limit : List.of(1, 3, 10)) {
        Map<String, List<Count>> together = traffic.top(filter, lists, limit);
        assertThat(together.keySet()).containsExactly("key", "key404", "ip", "agent", "status",
            "requester", "bucket");
        lists.forEach(list -> assertThat(together.get(list.name())).as(list + " " + filter)
            .isEqualTo(traffic.top(list.narrow(filter), list.dimension(), limit)));
      }
    }
    assertThat(traffic.top(all, lists, 10).get("key404")).isNotEmpty();
  }

  @Test
  void hostileValuesAreOnlyCompared() {
    assertThat(traffic.totals(all.with(Dimension.KEY, "' OR 1=1 --")).requests()).isZero();
    assertThat(traffic.totals(all.with(Dimension.USER_AGENT, KnownTraffic.SCRIPT_AGENT))
        .requests()).isEqualTo(1);
  }

  @Test
  void latencyPercentilesInterpolateBetweenRanks() {
    Latency latency = traffic.latency(all);
    List<Long> total = known.lines().stream().map(LogLine::totalTime)
        .filter(java.util.Objects::nonNull).sorted().toList();
    assertThat(latency.totalTime().p50()).isCloseTo(percentile(total, 0.5), within());
    assertThat(latency.totalTime().p95()).isCloseTo(percentile(total, 0.95), within());
    assertThat(latency.totalTime().p99()).isCloseTo(percentile(total, 0.99), within());
    List<Long> turn = known.lines().stream().map(LogLine::turnAround)
        .filter(java.util.Objects::nonNull).sorted().toList();
    assertThat(latency.turnAroundTime().p95()).isCloseTo(percentile(turn, 0.95), within());
  }

  @Test
  void requestsArePagedNewestFirst() {
    RequestPage first = traffic.requests(all, 0, 50);
    assertThat(first.rows()).hasSize(50);
    assertThat(first.more()).isTrue();
    assertThat(first.rows().get(0).time()).isEqualTo(known.lines().stream()
        .map(LogLine::time).max(Comparator.naturalOrder()).orElseThrow());
    assertThat(first.rows()).isSortedAccordingTo(
        Comparator.comparing(dev.s3logs.traffic.RequestRow::time).reversed());
    int lastPage = (known.lines().size() - 1) / 50;
    RequestPage last = traffic.requests(all, lastPage, 50);
    assertThat(last.rows()).hasSize(known.lines().size() - lastPage * 50);
    assertThat(last.more()).isFalse();
    assertThat(traffic.requests(all.withSearch("onerror"), 0, 50).rows())
        .extracting(dev.s3logs.traffic.RequestRow::userAgent)
        .containsExactly(KnownTraffic.IMG_AGENT);
  }

  @Test
  void anEmptyStoreHasNoSpanAndZeroTotals() {
    DuckDbLocation empty = new DuckDbLocation(dir.resolve("empty.duckdb"));
    DuckDbStore.open(empty).close();
    try (DuckDbTraffic none = DuckDbTraffic.open(empty)) {
      assertThat(none.span()).isEmpty();
      assertThat(none.totals(all).requests()).isZero();
      assertThat(none.totals(all).first()).isNull();
      assertThat(none.latency(all).totalTime().p50()).isNull();
      assertThat(none.overTime(all, Interval.DAY)).extracting(TimePoint::requests)
          .containsExactly(0L, 0L);
    }
  }

  @Test
  void aMissingStoreIsRefusedWithTheCommandThatFillsIt() {
    Path missing = dir.resolve("none.duckdb");
    assertThatThrownBy(() -> DuckDbTraffic.open(new DuckDbLocation(missing)))
        .isInstanceOf(StoreException.class)
        .hasMessage("--from duckdb:" + missing + ": no such file; fill it first with s3logs"
            + " ingest --to duckdb:" + missing + " FILE...");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  private static double percentile(List<Long> sorted, double q) {
    double rank = q * (sorted.size() - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(below + 1, sorted.size() - 1);
    return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
  }

  private static boolean tier1(LogLine line) {
    String[] parts = line.operation().split("\\.");
    return List.of("PUT", "POST", "COPY").contains(parts[1])
        || List.of("GET.BUCKET", "GET.BUCKETVERSIONS", "GET.UPLOADS", "GET.SERVICE")
        .contains(parts[1] + "." + parts[2]);
  }

  private static List<Count> top(List<LogLine> lines, Function<LogLine, String> value) {
    return lines.stream().map(value).filter(java.util.Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(10).map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private static List<LogLine> lines(Predicate<LogLine> which) {
    return known.lines().stream().filter(which).toList();
  }

  private static long count(Predicate<LogLine> which) {
    return known.lines().stream().filter(which).count();
  }

  private static long sum(List<LogLine> lines, java.util.function.ToLongFunction<LogLine> f) {
    return lines.stream().mapToLong(f).sum();
  }
}
