package dev.s3logs.store.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.app.Main;
import dev.s3logs.app.Streams;
import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.config.AuthConfig;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.sink.search.setup.SetupOptions;
import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbTraffic;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import dev.s3logs.traffic.Bots;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.Interval;
import dev.s3logs.traffic.KnownTraffic;
import dev.s3logs.traffic.Latency;
import dev.s3logs.traffic.QueryRefusedException;
import dev.s3logs.traffic.StatusClass;
import dev.s3logs.traffic.TimeRange;
import dev.s3logs.traffic.TrafficFilter;
import dev.s3logs.traffic.TrafficQueries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same lines, stored by the real {@code ingest} into DuckDB, OpenSearch and Elasticsearch,
 * give the same answer to every question of the dashboard from each store: DuckDB's answers are
 * checked against the raw lines by {@code DuckDbTrafficTest}, the engines' against DuckDB's here.
 */
class SameAnswersIT {

  static final String PREFIX = "same";

  @TempDir
  static Path dir;

  private static KnownTraffic known;
  private static DuckDbTraffic duck;
  private static final Map<String, EngineTraffic> ENGINES = new LinkedHashMap<>();
  private static final Map<String, SearchEngine> SERVERS = new LinkedHashMap<>();
  private static TrafficFilter all;

  @BeforeAll
  static void storeEverywhere() throws Exception {
    known = KnownTraffic.make(dir);
    duck = DuckDbTraffic.open(new DuckDbLocation(known.store()));
    Instant from = KnownTraffic.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    all = TrafficFilter.of(new TimeRange(from, from.plus(2, ChronoUnit.DAYS)));
    for (SearchEngine engine : SearchEngines.all().toList()) {
      ingest(engine, dir.resolve("known.log"));
      assertThat(engine.rest().count(PREFIX + "-2*")).isEqualTo(known.lines().size());
      ENGINES.put(engine.name(), EngineTraffic.open(connection(engine),
          SetupOptions.defaults().withPrefix(PREFIX)));
      SERVERS.put(engine.name(), engine);
    }
  }

  @AfterAll
  static void close() {
    duck.close();
  }

  static EngineConnection connection(SearchEngine engine) {
    return EngineConnection.open(new EngineConfig(engine.baseUri(),
        EngineConfig.EngineKind.AUTO, AuthConfig.NONE, null, false, false), note -> { });
  }

  private static void ingest(SearchEngine engine, Path logs) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new Streams(new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8)),
        "ingest", "--to", engine.baseUri().toString(), "--index", PREFIX + "-{yyyy.MM.dd}",
        logs.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** The filters every answer is compared under. */
  static List<TrafficFilter> filters() {
    Instant from = all.range().from().plus(30, ChronoUnit.HOURS);
    return List.of(all,
        TrafficFilter.of(new TimeRange(from, from.plus(90, ChronoUnit.MINUTES))),
        all.withStatusClass(StatusClass.S4XX),
        all.with(Dimension.OPERATION, "REST.GET.OBJECT"),
        all.with(Dimension.STATUS, "404"),
        all.with(Dimension.STATUS, "0404"),
        all.with(Dimension.CLIENT_IP, "203.0.113.9"),
        all.withBots(Bots.EXCLUDE),
        all.withBots(Bots.ONLY),
        all.withSearch("GOOGLEBOT"),
        all.withSearch("%25"),
        all.withSearch("onerror"),
        all.withSearch("*"),
        all.with(Dimension.KEY, "' OR 1=1 --"),
        all.withBots(Bots.EXCLUDE).withStatusClass(StatusClass.S2XX).withSearch("html"));
  }

  private static void everywhere(BiConsumer<String, TrafficQueries> check) {
    assertThat(ENGINES).hasSize(2);
    ENGINES.forEach(check);
  }

  @Test
  void theSpanIsTheSame() {
    everywhere((name, engine) -> assertThat(engine.span()).as(name).isEqualTo(duck.span())
        .isPresent());
  }

  @Test
  void totalsAreTheSame() {
    everywhere((name, engine) -> {
      for (TrafficFilter filter : filters()) {
        assertThat(engine.totals(filter)).as(name + " " + filter)
            .isEqualTo(duck.totals(filter));
      }
    });
    assertThat(duck.totals(all.withBots(Bots.ONLY)).requests()).isPositive();
    assertThat(duck.totals(all.withSearch("%25")).requests()).isPositive();
  }

  @Test
  void pointsOverTimeAreTheSameAtEveryInterval() {
    TimeRange months = new TimeRange(Instant.parse("2026-02-01T00:00:00Z"),
        Instant.parse("2026-03-31T00:00:00Z"));
    everywhere((name, engine) -> {
      for (TrafficFilter filter : filters()) {
        for (Interval interval : List.of(Interval.FIFTEEN_MINUTES, Interval.THREE_HOURS)) {
          assertThat(engine.overTime(filter, interval)).as(name + " " + interval + " " + filter)
              .isEqualTo(duck.overTime(filter, interval));
        }
      }
      for (Interval interval : List.of(Interval.DAY, Interval.WEEK)) {
        TrafficFilter wide = TrafficFilter.of(months);
        assertThat(engine.overTime(wide, interval)).as(name + " " + interval)
            .isEqualTo(duck.overTime(wide, interval));
      }
    });
  }

  @Test
  void topListsAreTheSameTiesIncluded() {
    everywhere((name, engine) -> {
      for (TrafficFilter filter : filters()) {
        for (Dimension dimension : Dimension.values()) {
          assertThat(engine.top(filter, dimension, 10)).as(name + " " + dimension + " " + filter)
              .isEqualTo(duck.top(filter, dimension, 10));
        }
      }
      assertThat(engine.top(all, Dimension.CLIENT_IP, 3)).isEqualTo(duck.top(all,
          Dimension.CLIENT_IP, 3));
    });
  }

  @Test
  void percentilesAreTheSame() {
    everywhere((name, engine) -> {
      for (TrafficFilter filter : filters()) {
        assertSame(name + " " + filter, engine.latency(filter), duck.latency(filter));
      }
    });
    assertThat(duck.latency(all.with(Dimension.KEY, "none")).totalTime().p50()).isNull();
  }

  private static void assertSame(String what, Latency engine, Latency duckDb) {
    List<Double> expected = values(duckDb);
    List<Double> actual = values(engine);
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i) == null) {
        assertThat(actual.get(i)).as(what + " #" + i).isNull();
      } else {
        assertThat(actual.get(i)).as(what + " #" + i)
            .isCloseTo(expected.get(i), Offset.offset(1e-6));
      }
    }
  }

  private static List<Double> values(Latency latency) {
    return java.util.Arrays.asList(latency.totalTime().p50(), latency.totalTime().p95(),
        latency.totalTime().p99(), latency.turnAroundTime().p50(),
        latency.turnAroundTime().p95(), latency.turnAroundTime().p99());
  }

  @Test
  void beyondTheExactValuesTheEnginesEstimateWithinTheDocumentedTolerance() {
    Latency exact = duck.latency(all);
    everywhere((name, ignored) -> {
      EngineTraffic estimating = new EngineTraffic(connection(SERVERS.get(name)),
          PREFIX + "-*,-" + PREFIX + "-failed", 5);
      Latency estimate = estimating.latency(all);
      assertThat(estimate.totalTime().p50()).as(name)
          .isCloseTo(exact.totalTime().p50(), org.assertj.core.data.Percentage.withPercentage(5));
      assertThat(estimate.totalTime().p95()).as(name)
          .isCloseTo(exact.totalTime().p95(), org.assertj.core.data.Percentage.withPercentage(5));
      assertThat(estimate.turnAroundTime().p95()).as(name).isCloseTo(
          exact.turnAroundTime().p95(), org.assertj.core.data.Percentage.withPercentage(5));
      // the estimate, not the exact count, answered: the six numbers are not all the same
      assertThat(values(estimate)).as(name).isNotEqualTo(values(exact));
    });
  }

  @Test
  void requestPagesAreTheSameInTheSameOrder() {
    int lastPage = (known.lines().size() - 1) / 50;
    everywhere((name, engine) -> {
      for (TrafficFilter filter : filters()) {
        for (int page : List.of(0, 1, 7)) {
          assertThat(engine.requests(filter, page, 50)).as(name + " page " + page + " " + filter)
              .isEqualTo(duck.requests(filter, page, 50));
        }
      }
      for (int size : List.of(1, 3, 50)) {
        int page = (known.lines().size() - 1) / size / 2;
        assertThat(engine.requests(all, page, size)).as(name + " size " + size)
            .isEqualTo(duck.requests(all, page, size));
      }
      assertThat(engine.requests(all, lastPage, 50)).isEqualTo(duck.requests(all, lastPage, 50));
    });
  }

  @Test
  void pagesBeyondTheEnginesWindowAreRefusedSayingWhatToDo() {
    everywhere((name, engine) -> assertThatThrownBy(() -> engine.requests(all, 200, 50))
        .isInstanceOf(QueryRefusedException.class)
        .hasMessage("page 200 lies beyond the first 10000 matching requests, which is as far as"
            + " the search engine lists them: narrow the time range or filter to reach older"
            + " requests"));
  }

  @Test
  void serveFromAnEngineAnswersTheSummary() throws Exception {
    for (SearchEngine server : SERVERS.values()) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream log = new PrintStream(err, true, StandardCharsets.UTF_8);
      Thread serving = new Thread(() -> Main.run(new Streams(new ByteArrayInputStream(
          new byte[0]), new ByteArrayOutputStream(), log), "serve", "--from",
          server.baseUri().toString(), "--index", PREFIX + "-{yyyy.MM.dd}", "--port", "0"));
      serving.start();
      try {
        String url = awaitUrl(err);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("dashboard of " + PREFIX
            + "-*,-" + PREFIX + "-failed in ");
        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind
            .ObjectMapper().readTree(get(url + "api/summary?status_class=4xx", 200));
        TrafficFilter clientErrors = duck.span().map(TrafficFilter::of).orElseThrow()
            .withStatusClass(StatusClass.S4XX);
        assertThat(summary.at("/totals/requests").asLong()).as(server.name())
            .isEqualTo(duck.totals(clientErrors).requests()).isPositive();
        assertThat(summary.at("/latency/totalTime/p95").asDouble())
            .isCloseTo(duck.latency(clientErrors).totalTime().p95(), Offset.offset(1e-6));
        assertThat(get(url + "api/requests?page=200", 400)).contains("beyond the first 10000");
      } finally {
        serving.interrupt();
        serving.join(10_000);
      }
      assertThat(serving.isAlive()).isFalse();
    }
  }

  private static String awaitUrl(ByteArrayOutputStream err) throws InterruptedException {
    java.util.regex.Pattern at = java.util.regex.Pattern.compile(
        " at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C");
    for (int i = 0; i < 300; i++) {
      java.util.regex.Matcher m = at.matcher(err.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not start: " + err.toString(StandardCharsets.UTF_8));
  }

  private static String get(String url, int status) throws Exception {
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
        .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body();
  }
}
