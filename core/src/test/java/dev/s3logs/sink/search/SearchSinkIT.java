package dev.s3logs.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.generate.SyntheticLogGenerator;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchSinkIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("src/test/resources/corpus/public-samples.log");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 30);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void corpusLandsInDailyIndicesAndASecondRunAddsNothing(SearchEngine engine) throws IOException {
    String prefix = "it-corpus-" + engine.name();
    Ingestion first = ingest(engine, prefix, BulkSettings.DEFAULT, CORPUS);
    assertThat(first.stats().records()).isEqualTo(79);
    assertThat(first.deadLetters()).as("line 58, two spliced records").isEqualTo(1);
    assertThat(first.counters().stored()).isEqualTo(79);
    long distinct = count(engine, prefix);
    assertThat(distinct).isEqualTo(first.counters().created.get()).isPositive();
    assertThat(indices(engine, prefix)).isEqualTo(corpusDays(prefix));

    Ingestion second = ingest(engine, prefix, BulkSettings.DEFAULT, CORPUS);
    assertThat(second.counters().created.get()).isZero();
    assertThat(second.counters().updated.get()).isEqualTo(79);
    assertThat(count(engine, prefix)).isEqualTo(distinct);
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void generatedDaysLandInTheIndexOfTheirEventDay(SearchEngine engine) throws IOException {
    String prefix = "it-days-" + engine.name();
    Ingestion run = ingest(engine, prefix, BulkSettings.DEFAULT, generated(3_000, 3));
    assertThat(run.stats().failures()).isZero();
    assertThat(count(engine, prefix)).isEqualTo(3_000);
    assertThat(indices(engine, prefix)).containsExactly(prefix + "-2026.03.30",
        prefix + "-2026.03.31", prefix + "-2026.04.01");
    JsonNode hit = JSON.readTree(engine.rest().get("/" + prefix + "-2026.03.31/_search?size=1"
        + "&sort=@timestamp:asc").body()).path("hits").path("hits").path(0).path("_source");
    assertThat(hit.path("@timestamp").asText()).startsWith("2026-03-31T");
  }

  @Test
  void throttlingAndUnavailabilityAreRetriedAndNothingIsLost() throws IOException {
    SearchEngine engine = SearchEngines.opensearch();
    AtomicInteger bulks = new AtomicInteger();
    LoopbackProxy.Interceptor faults = request -> {
      if (!request.pathAndQuery().startsWith("/_bulk")) {
        return Optional.empty();
      }
      int n = bulks.incrementAndGet();
      return n % 3 == 1 ? Optional.of(LoopbackProxy.Answer.json(n % 2 == 1 ? 429 : 503,
          "{\"error\":\"injected\"}")) : Optional.empty();
    };
    String prefix = "it-faults";
    BulkSettings small = new BulkSettings(32 * 1024, 2, 6, Duration.ofMillis(5),
        Duration.ofMillis(50));
    try (LoopbackProxy proxy = LoopbackProxy.in(engine.baseUri(), faults)) {
      Ingestion run = Ingestion.run(proxy.uri(), prefix + "-{yyyy.MM.dd}", small,
          dir.resolve("dead.ndjson"), generated(2_000, 2));
      assertThat(run.counters().retries.get()).isPositive();
      assertThat(run.counters().rejected.get()).isZero();
      assertThat(run.counters().stored()).isEqualTo(2_000);
    }
    assertThat(bulks.get()).isGreaterThan(20);
    assertThat(count(engine, prefix)).isEqualTo(2_000);
  }

  /**
   * Nothing is wrong with documents the engine could not take in time: they are not dead
   * letters. They are counted as not stored and their object fails, to be read again.
   */
  @Test
  void anEngineThatStaysUnavailableFailsTheObjectInsteadOfDeadLetteringIt() throws IOException {
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> request.pathAndQuery().startsWith("/_bulk")
            ? Optional.of(LoopbackProxy.Answer.json(503, "{\"error\":\"down\"}"))
            : Optional.empty())) {
      BulkSettings impatient = new BulkSettings(16 * 1024, 2, 3, Duration.ofMillis(1),
          Duration.ofMillis(5));
      Ingestion run = Ingestion.run(proxy.uri(), "it-down-{yyyy.MM.dd}", impatient,
          dir.resolve("dead.ndjson"), generated(200, 1));
      assertThat(run.counters().stored()).isZero();
      assertThat(run.counters().rejected.get()).isZero();
      assertThat(run.counters().notStored.get()).isEqualTo(200);
      assertThat(run.stats().objectsFailed()).isEqualTo(1);
      assertThat(run.stats().objectsDone()).isZero();
    }
    assertThat(dir.resolve("dead.ndjson")).doesNotExist();
  }

  /**
   * The engine stores every item, the proxy then says some of them were throttled: they are
   * sent again, overwrite themselves (same id), and the count is still one per line.
   */
  @Test
  void itemsThrottledInsideASuccessfulBulkAreSentAgainAlone() throws IOException {
    SearchEngine engine = SearchEngines.opensearch();
    AtomicInteger throttled = new AtomicInteger();
    AtomicInteger items = new AtomicInteger();
    String prefix = "it-item-retry";
    try (LoopbackProxy proxy = LoopbackProxy.in(engine.baseUri(),
        LoopbackProxy.Interceptor.FORWARD_ALL)) {
      proxy.interceptor(request -> {
        LoopbackProxy.Answer answer = proxy.forward(request);
        if (!request.pathAndQuery().startsWith("/_bulk") || throttled.get() > 300) {
          return Optional.of(answer);
        }
        String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        // every third item the proxy sees (counted across requests, so that an item sent again
        // alone is not throttled every time) becomes a 429
        StringBuilder changed = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"status\":20[01]")
            .matcher(body);
        while (m.find()) {
          boolean throttle = items.incrementAndGet() % 3 == 0;
          if (throttle) {
            throttled.incrementAndGet();
          }
          m.appendReplacement(changed, throttle
              ? "\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\"}"
              : m.group());
        }
        m.appendTail(changed);
        return Optional.of(new LoopbackProxy.Answer(answer.status(), answer.contentType(),
            changed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      });
      // An item is throttled again on a retry with a chance of one in three: 20 attempts make
      // running out of them (a dead letter, tested elsewhere) practically impossible here.
      BulkSettings small = new BulkSettings(64 * 1024, 2, 20, Duration.ofMillis(1),
          Duration.ofMillis(5));
      Ingestion run = Ingestion.run(proxy.uri(), prefix + "-{yyyy.MM.dd}", small,
          dir.resolve("dead.ndjson"), generated(1_500, 2));
      assertThat(throttled.get()).isGreaterThan(100);
      assertThat(run.counters().rejected.get()).as(deadLetters()).isZero();
      assertThat(run.counters().retries.get()).isEqualTo(throttled.get());
      assertThat(run.counters().rejected.get()).isZero();
      assertThat(run.counters().stored()).isEqualTo(1_500);
    }
    assertThat(count(engine, prefix)).isEqualTo(1_500);
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void aMappingConflictGoesToTheDeadLettersWithItsReasonAndLine(SearchEngine engine)
      throws IOException {
    String prefix = "it-conflict-" + engine.name();
    // object_size is a number in most documents; an index that says it is an IP refuses them
    assertThat(engine.rest().put("/" + prefix + "-2026.03.30", "{\"mappings\":{\"properties\":"
        + "{\"aws\":{\"properties\":{\"s3access\":{\"properties\":{\"object_size\":"
        + "{\"type\":\"ip\"}}}}}}}}").status()).isEqualTo(200);
    Ingestion run = ingest(engine, prefix, BulkSettings.DEFAULT, generated(1_000, 2));
    long refused = run.counters().rejected.get();
    assertThat(refused).isPositive();
    assertThat(run.counters().stored() + refused).isEqualTo(1_000);
    assertThat(count(engine, prefix)).isEqualTo(run.counters().stored());
    List<String> lines = Files.readAllLines(dir.resolve("dead.ndjson"));
    assertThat(lines).hasSize((int) refused);
    JsonNode record = JSON.readTree(lines.get(0));
    assertThat(record.path("stage").asText()).isEqualTo("index");
    assertThat(record.path("error_type").asText()).endsWith("_exception");
    assertThat(record.path("reason").asText()).contains("object_size");
    assertThat(record.path("index").asText()).isEqualTo(prefix + "-2026.03.30");
    assertThat(record.path("raw").asText()).contains(" +0000] ", " www.example-site.com ");
    assertThat(record.path("document").path("aws").path("s3access").path("object_size")
        .isNumber()).isTrue();
  }

  private String deadLetters() {
    try {
      Path file = dir.resolve("dead.ndjson");
      return Files.exists(file) ? Files.readString(file) : "no dead letters";
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The index of each parsed corpus line's UTC day, found by the parser rather than by hand. */
  private static TreeSet<String> corpusDays(String prefix) throws IOException {
    AccessLogParser parser = new AccessLogParser();
    TreeSet<String> days = new TreeSet<>();
    for (String line : Files.readAllLines(CORPUS)) {
      if (parser.parse(line) instanceof AccessLogRecord record) {
        days.add(prefix + "-" + DAY.format(record.time().atOffset(ZoneOffset.UTC)));
      }
    }
    return days;
  }

  private Ingestion ingest(SearchEngine engine, String prefix, BulkSettings settings, Path file) {
    return Ingestion.run(engine.baseUri(), prefix + "-{yyyy.MM.dd}", settings,
        dir.resolve("dead.ndjson"), file);
  }

  private Path generated(long lines, int days) throws IOException {
    Path file = dir.resolve("generated-" + lines + "-" + days + ".log");
    try (OutputStream out = Files.newOutputStream(file)) {
      new SyntheticLogGenerator(new GeneratorOptions(11, lines, FIRST_DAY, days)).writeTo(out);
    }
    return file;
  }

  private static long count(SearchEngine engine, String prefix) throws IOException {
    EngineRest rest = engine.rest();
    rest.post("/" + prefix + "-*/_refresh", "");
    return JSON.readTree(rest.get("/" + prefix + "-*/_count").body()).path("count").asLong();
  }

  private static TreeSet<String> indices(SearchEngine engine, String prefix) {
    String names = engine.rest().get("/_cat/indices/" + prefix + "-*?h=index").body();
    return new TreeSet<>(names.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }
}
