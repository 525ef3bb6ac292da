package dev.s3logs.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newest stored event time and the bulk latency timer, through the real sink against a
 * loopback server that answers {@code _bulk} with an outcome chosen by each document's time.
 */
class BulkSenderMetricsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("src/test/resources/corpus/public-samples.log");
  private static final long ANSWER_DELAY_MS = 50;
  /** The engine's answer for the document of each second past 10:00:00 on 6 Feb 2019. */
  private static final Map<Integer, String> ANSWERS = Map.of(
      0, "{\"status\":201,\"result\":\"created\"}",
      3, "{\"status\":200,\"result\":\"updated\"}",
      5, "{\"status\":409,\"error\":{\"type\":\"version_conflict_engine_exception\"}}",
      9, "{\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"no\"}}");

  @TempDir
  Path dir;
  private HttpServer engine;

  @BeforeEach
  void startEngine() throws IOException {
    engine = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    engine.createContext("/_bulk", this::bulk);
    engine.start();
  }

  @AfterEach
  void stopEngine() {
    engine.stop(0);
  }

  @Test
  void newestStoredIsTheNewestEventTimeTheEngineTookOrHad() throws IOException {
    assertThat(new IngestCounters().newestStored()).isEmpty();

    Ingestion run = ingest(9, 0, 5, 3);

    assertThat(run.counters().created.get()).isEqualTo(1);
    assertThat(run.counters().updated.get()).isEqualTo(1);
    assertThat(run.counters().alreadyStored.get()).isEqualTo(1);
    assertThat(run.counters().rejected.get()).as("10:00:09, refused for good").isEqualTo(1);
    assertThat(run.counters().newestStored())
        .hasValue(Instant.parse("2019-02-06T10:00:05Z").getEpochSecond());
  }

  @Test
  void everyAnsweredBulkCallIsTimed() throws IOException {
    Ingestion run = ingest(0, 3);

    long requests = run.counters().requests.get();
    assertThat(requests).isPositive();
    Timer latency = run.registry().get("s3logs.bulk.latency").timer();
    assertThat(latency.count()).isEqualTo(requests);
    assertThat(latency.max(TimeUnit.MILLISECONDS))
        .isGreaterThanOrEqualTo(ANSWER_DELAY_MS);
  }

  /** Indexes one line per given second past 10:00:00 through the sink. */
  private Ingestion ingest(int... seconds) throws IOException {
    String template = Files.readAllLines(CORPUS).get(0);
    List<String> lines = new ArrayList<>();
    for (int second : seconds) {
      lines.add(template.replace("06/Feb/2019:00:00:38", "06/Feb/2019:10:00:0" + second));
    }
    Path log = Files.write(dir.resolve("access.log"), lines);
    URI uri = URI.create("http://127.0.0.1:" + engine.getAddress().getPort());
    Ingestion run = Ingestion.run(uri, "logs-{yyyy.MM.dd}",
        new BulkSettings(1 << 20, 1, 1, Duration.ZERO, Duration.ZERO),
        dir.resolve("dead-letters.ndjson"), log);
    assertThat(run.problems()).isEmpty();
    return run;
  }

  private void bulk(HttpExchange exchange) throws IOException {
    String[] lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
        .split("\n");
    List<String> items = new ArrayList<>();
    for (int i = 1; i < lines.length; i += 2) {
      JsonNode document = JSON.readTree(lines[i]);
      long epoch = Instant.parse(document.get("@timestamp").asText()).getEpochSecond();
      int second = (int) (epoch % 60);
      items.add("{\"index\":" + ANSWERS.get(second) + "}");
    }
    byte[] body = ("{\"errors\":true,\"items\":[" + String.join(",", items) + "]}")
        .getBytes(StandardCharsets.UTF_8);
    sleep();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(ANSWER_DELAY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
