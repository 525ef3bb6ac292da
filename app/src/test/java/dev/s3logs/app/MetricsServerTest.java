package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.pipeline.BufferPool;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.sqs.QueueCounters;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00.500Z");

  private final HttpClient client = HttpClient.newHttpClient();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final QueueCounters queue = new QueueCounters();
  private final ParseStats parse = new ParseStats();
  private final IngestCounters ingest = new IngestCounters(registry);
  private final AtomicBoolean healthy = new AtomicBoolean(true);
  private MetricsServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void scrapeShowsTheCountersAsTheyAreNow() throws Exception {
    start();
    queue.received.addAndGet(7);
    queue.deleted.addAndGet(5);
    queue.failed.addAndGet(1);
    queue.unrecognised.addAndGet(1);
    queue.testEvents.addAndGet(2);
    queue.visibilityExtensions.addAndGet(4);
    queue.objects.addAndGet(6);
    parse.add(chunk(40, 3));
    ingest.created.addAndGet(30);
    ingest.updated.addAndGet(4);
    ingest.alreadyStored.addAndGet(2);
    ingest.rejected.addAndGet(1);
    ingest.notStored.addAndGet(3);
    ingest.retries.addAndGet(9);
    ingest.requests.addAndGet(11);
    ingest.bulkAnswered(Duration.ofMillis(250).toNanos());
    ingest.storedEventTime(NOW.getEpochSecond() - 90);
    ingest.storedEventTime(NOW.getEpochSecond() - 600); // older: changes nothing

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(
        "text/plain; version=0.0.4; charset=utf-8");
    assertThat(samples(response.body())).contains(
        "s3logs_messages_received_total 7.0",
        "s3logs_messages_deleted_total 5.0",
        "s3logs_messages_failed_total 1.0",
        "s3logs_messages_unrecognised_total 1.0",
        "s3logs_messages_test_events_total 2.0",
        "s3logs_visibility_extensions_total 4.0",
        "s3logs_objects_total 6.0",
        "s3logs_objects_done_total 0.0",
        "s3logs_objects_failed_total 0.0",
        "s3logs_lines_total 43.0",
        "s3logs_parse_failures_total 3.0",
        "s3logs_documents_stored_total 36.0",
        "s3logs_documents_already_stored_total 6.0",
        "s3logs_documents_dead_lettered_total 1.0",
        "s3logs_documents_not_stored_total 3.0",
        "s3logs_bulk_retries_total 9.0",
        "s3logs_bulk_requests_total 11.0",
        "s3logs_bulk_latency_seconds_count 1",
        "s3logs_bulk_latency_seconds_sum 0.25",
        "s3logs_bulk_latency_seconds_max 0.25",
        "s3logs_lag_seconds 90.5");
  }

  @Test
  void metricsHaveNoLabelsAndLagIsNotANumberBeforeAnythingIsStored() throws Exception {
    start();

    List<String> samples = samples(get("/metrics").body());

    assertThat(samples).contains("s3logs_lag_seconds NaN");
    assertThat(samples).filteredOn(line -> line.startsWith("s3logs_")).hasSize(21)
        .noneMatch(line -> line.contains("{"));
  }

  @Test
  void healthzSaysOkWhileHealthyElseWhyNotOnOneLine() throws Exception {
    start();

    HttpResponse<String> ok = get("/healthz");
    healthy.set(false);
    HttpResponse<String> unhealthy = get("/healthz");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("ok\n");
    assertThat(unhealthy.statusCode()).isEqualTo(503);
    assertThat(unhealthy.body()).isEqualTo("cannot reach the queue: connection refused\n");
  }

  @Test
  void otherPathsAreNotFoundAndOtherMethodsNotAllowed() throws Exception {
    start();

    assertThat(get("/").statusCode()).isEqualTo(404);
    assertThat(get("/metrics/x").statusCode()).isEqualTo(404);
    HttpResponse<String> post = send("POST", "/metrics");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    assertThat(send("DELETE", "/healthz").statusCode()).isEqualTo(405);
  }

  @Test
  void aTakenPortIsAProblemThatNamesTheOption() {
    start();

    assertThatThrownBy(() -> new MetricsServer("127.0.0.1", server.port(), registry, () -> true,
        () -> "")).hasMessageContaining("--metrics-port")
        .hasMessageContaining(":" + server.port());
  }

  /** A chunk of that many documents and failed lines, as a worker hands it on. */
  private static NdjsonChunk chunk(int records, int failures) {
    List<ParseFailure> failed = Collections.nCopies(failures,
        new ParseFailure("s3://logs/a", 1, "not an access log line", "x"));
    return new NdjsonChunk(new byte[0], 0, records, failed, new BufferPool(1), null, null);
  }

  /** The sample lines of a scrape, without comments. */
  private static List<String> samples(String scrape) {
    return Arrays.stream(scrape.split("\n")).filter(line -> !line.startsWith("#")).toList();
  }

  private void start() {
    RunMetrics.bind(registry, queue, parse, ingest, Clock.fixed(NOW, ZoneOffset.UTC));
    server = new MetricsServer("127.0.0.1", 0, registry, healthy::get,
        () -> "cannot reach the queue:\n  connection refused");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path);
  }

  private HttpResponse<String> send(String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    return client.send(request, BodyHandlers.ofString());
  }
}
