package dev.s3logs.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.pipeline.BufferPool;
import dev.s3logs.pipeline.ChunkToNdjson;
import dev.s3logs.pipeline.LineChunk;
import dev.s3logs.pipeline.ObjectProgress;
import dev.s3logs.sink.search.BulkAction;
import dev.s3logs.sink.search.IndexNaming;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.Acknowledgement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests into a real DuckDB file: typed columns, the engines' ids, no duplicates, no loss. */
class DuckDbSinkTest {

  private static final String BAD = "not a log line";

  @TempDir
  Path dir;

  private final IngestCounters counters = new IngestCounters();

  @Test
  void storesEveryParsedLineInTypedColumnsUnderTheEnginesIds() throws Exception {
    byte[] corpus = corpus();
    ingest(new StoreRun().add("corpus", corpus));
    List<String> expectedIds = engineIds(corpus);
    assertThat(expectedIds).hasSizeGreaterThan(50);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertThat(strings(s, "SELECT id FROM requests ORDER BY id"))
          .isEqualTo(expectedIds.stream().sorted().distinct().toList());
      ResultSet row = s.executeQuery("SELECT timestamp, http_response_status_code,"
          + " http_response_body_bytes, event_category, aws_s3access_bucket, client_ip"
          + " FROM requests WHERE event_id = '3E57427F3EXAMPLE'"
          + " AND aws_s3access_bucket = 'amzn-s3-demo-bucket1' LIMIT 1");
      assertThat(row.next()).isTrue();
      assertThat(row.getObject(1, LocalDateTime.class))
          .isEqualTo(LocalDateTime.parse("2019-02-06T00:00:38"));
      assertThat(row.getObject(2)).isInstanceOf(Integer.class).isEqualTo(200);
      assertThat(row.getObject(3)).isInstanceOf(Long.class);
      assertThat((Object[]) row.getArray(4).getArray()).containsExactly("web");
      assertThat(row.getString(5)).isEqualTo("amzn-s3-demo-bucket1");
      assertThat(row.getString(6)).isEqualTo("192.0.2.3");
    }
    assertThat(counters.created.get()).isEqualTo(expectedIds.stream().distinct().count());
  }

  @Test
  void ingestingAgainAddsNothing() throws Exception {
    byte[] corpus = corpus();
    ingest(new StoreRun().add("corpus", corpus));
    long first = count("requests");
    IngestCounters again = new IngestCounters();
    try (DuckDbSink sink = sink(again, DuckDbSink.BATCH_BYTES)) {
      new StoreRun().add("corpus copy", corpus).into(sink);
    }
    assertThat(count("requests")).isEqualTo(first);
    assertThat(again.created.get()).isZero();
    assertThat(again.alreadyStored.get()).isEqualTo(engineIds(corpus).size());
  }

  @Test
  void linesThatFailToParseAreKeptOnceWithTheirRawBytes() throws Exception {
    byte[] input = (BAD + "\n").getBytes(StandardCharsets.UTF_8);
    ingest(new StoreRun().add("bad.log", input));
    ingest(new StoreRun().add("bad.log", input));
    try (Connection c = connect(); Statement s = c.createStatement()) {
      ResultSet row = s.executeQuery("SELECT stage, source, line_number, decode(raw_line), id"
          + " FROM dead_letters");
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("parse");
      assertThat(row.getString(2)).isEqualTo("bad.log");
      assertThat(row.getLong(3)).isEqualTo(1);
      assertThat(row.getString(4)).isEqualTo(BAD);
      assertThat(row.getString(5)).hasSize(22);
      assertThat(row.next()).isFalse();
    }
  }

  /** Each object is told done from the sink's thread, after the commit: others see its rows. */
  @Test
  void objectsAreAcknowledgedOnlyOnceTheirRowsAreCommitted() throws Exception {
    byte[] corpus = corpus();
    List<Long> seenAtDone = new ArrayList<>();
    StoreRun run = new StoreRun().add("a", corpus).add("b", generated())
        .onDone(name -> seenAtDone.add(countFromAnotherConnection()));
    try (DuckDbSink sink = sink(counters, 1 << 16)) {
      run.into(sink);
    }
    assertThat(run.outcomes).containsEntry("a", "done").containsEntry("b", "done");
    assertThat(seenAtDone).hasSize(2).allSatisfy(rows -> assertThat(rows).isPositive());
    assertThat(seenAtDone.get(1)).isEqualTo(count("requests"));
  }

  @Test
  void aBatchThatCannotBeStoredFailsItsObjects() throws Exception {
    try (DuckDbSink sink = sink(counters, DuckDbSink.BATCH_BYTES)) {
      try (Connection other = connect(); Statement s = other.createStatement()) {
        s.execute("DROP TABLE requests");
      }
      StoreRun run = new StoreRun().add("a", corpus());
      run.into(sink);
      assertThat(run.outcomes.get("a")).startsWith("failed: not stored in duckdb:");
    }
    assertThat(counters.notStored.get()).isPositive();
  }

  private void ingest(StoreRun run) {
    try (DuckDbSink sink = sink(counters, DuckDbSink.BATCH_BYTES)) {
      run.into(sink);
    }
  }

  private DuckDbSink sink(IngestCounters counts, long batchBytes) {
    DuckDbStore store = DuckDbStore.open(new DuckDbLocation(dir.resolve("s3logs.duckdb")));
    return new DuckDbSink(store, dir, counts, Clock.systemUTC(), batchBytes);
  }

  /** The same file from this process: DuckDB shares the open database, committed rows only. */
  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("s3logs.duckdb"));
  }

  private long countFromAnotherConnection() {
    try {
      return count("requests");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String table) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> strings(Statement s, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = s.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** The {@code _id}s the search sink's bulk actions carry for these lines. */
  static List<String> engineIds(byte[] lines) throws IOException {
    LineChunk chunk = new LineChunk();
    assertThat(chunk.add(new ObjectProgress("ids", Acknowledgement.NONE), lines, 0,
        lines.length, 1)).isTrue();
    byte[] bulk = new ChunkToNdjson(new BufferPool(1),
        new BulkAction(new IndexNaming("logs"), false, true), false).apply(chunk).documents();
    List<String> ids = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    List<String> lineList = new String(bulk, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < lineList.size(); i += 2) {
      ids.add(json.readTree(lineList.get(i)).get("index").get("_id").asText());
    }
    return ids;
  }

  static byte[] corpus() throws IOException {
    try (InputStream in = DuckDbSinkTest.class.getResourceAsStream("/public-samples.log")) {
      return in.readAllBytes();
    }
  }

  private static byte[] generated() {
    var generator = new dev.s3logs.generate.SyntheticLogGenerator(
        dev.s3logs.generate.GeneratorOptions.defaults().withLines(3000));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      lines.append(generator.nextLine()).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }
}
