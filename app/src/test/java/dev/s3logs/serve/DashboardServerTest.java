package dev.s3logs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbTraffic;
import dev.s3logs.traffic.KnownTraffic;
import dev.s3logs.traffic.Prices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free loopback port, over a store the real ingest made. */
class DashboardServerTest {

  private static final String TOKEN = "s3cret-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static KnownTraffic known;
  private static DuckDbTraffic traffic;
  private static DashboardServer server;
  private static Http http;
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws Exception {
    known = KnownTraffic.make(dir);
    traffic = DuckDbTraffic.open(new DuckDbLocation(known.store()));
    server = new DashboardServer("127.0.0.1", 0, traffic, Prices.S3_STANDARD_US_EAST_1, null,
        new PrintStream(LOG, true));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    traffic.close();
  }

  @Test
  void theSummaryOpensOnTheStoresSpan() throws Exception {
    JsonNode summary = json(http.get("/api/summary"), 200);
    assertThat(summary.at("/totals/requests").asLong()).isEqualTo(known.lines().size());
    assertThat(summary.at("/range/from").asText()).startsWith("2026-03-01T");
    assertThat(summary.at("/cost/total").asDouble()).isPositive();
    JsonNode day = json(http.get("/api/summary?from=2026-03-02&to=2026-03-02"), 200);
    assertThat(day.at("/totals/requests").asLong()).isEqualTo(known.lines().stream()
        .filter(l -> l.time().toString().startsWith("2026-03-02")).count()).isPositive();
  }

  @Test
  void theSeriesHasAnIntervalForTheRangeAndEveryRequestInIt() throws Exception {
    JsonNode series = json(http.get("/api/series"), 200);
    assertThat(series.get("interval").asText()).isEqualTo("15 minutes");
    assertThat(series.get("t")).hasSize(series.get("requests").size());
    long sum = 0;
    for (JsonNode n : series.get("requests")) {
      sum += n.asLong();
    }
    assertThat(sum).isEqualTo(known.lines().size());
    JsonNode week = json(http.get("/api/series?from=2026-03-01&to=2026-03-07"), 200);
    assertThat(week.get("interval").asText()).isEqualTo("hour");
    assertThat(week.get("t")).hasSize(7 * 24);
  }

  @Test
  void everyResponseForbidsForeignScriptsAndSniffing() {
    for (String path : List.of("/", "/dashboard.js", "/uplot.js", "/api/summary", "/nope",
        "/api/summary?from=x")) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .contains("default-src 'self'");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path)
          .contains("nosniff");
    }
  }

  @Test
  void thePageHasNoInlineScriptAndUplotComesFromTheJar() {
    String page = http.get("/").body();
    assertThat(page).contains("<script src=\"/dashboard.js\"", "<script src=\"/uplot.js\"");
    assertThat(page.split("<script").length - 1).isEqualTo(2);
    assertThat(page).doesNotContainPattern("(?i) on[a-z]+=");
    HttpResponse<String> uplot = http.get("/uplot.js");
    assertThat(uplot.statusCode()).isEqualTo(200);
    assertThat(uplot.body()).contains("uPlot");
    assertThat(http.get("/dashboard.js").body()).doesNotContain(".innerHTML", ".outerHTML",
        "insertAdjacentHTML", "document.write", "eval(");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/summary?from=yesterday", "/api/top?to=2026-13-01",
      "/api/series?colour=red", "/api/summary?from=2026-03-02&to=2026-03-01",
      "/api/requests?page=-1", "/api/requests?page=x", "/api/top?status_class=6xx",
      "/api/top?bots=maybe", "/api/summary?bucket=a&bucket=b",
      "/api/summary?from=2026-03-01T25:00"})
  void aBadParameterGetsA400WithAMessage(String path) throws Exception {
    JsonNode error = json(http.get(path), 400);
    assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
  }

  @Test
  void onlyGetAndHeadAreAnswered() {
    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
      HttpResponse<String> response = http.send(method, "/api/summary");
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
    }
    HttpResponse<String> head = http.send("HEAD", "/api/summary");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void hostileUserAgentsAreJsonStrings() throws Exception {
    HttpResponse<String> response = http.get("/api/top");
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    List<String> agents = new ArrayList<>();
    json(response, 200).get("user_agent").forEach(e -> agents.add(e.get("value").asText()));
    JsonNode rows = json(http.get("/api/requests?q=evil%2F"), 200).get("rows");
    List<String> listed = new ArrayList<>();
    rows.forEach(row -> listed.add(row.get("userAgent").asText()));
    assertThat(listed).containsExactlyInAnyOrder(KnownTraffic.SCRIPT_AGENT,
        KnownTraffic.IMG_AGENT);
    JsonNode filtered = json(http.get("/api/summary?user_agent="
        + java.net.URLEncoder.encode(KnownTraffic.SCRIPT_AGENT, "UTF-8")), 200);
    assertThat(filtered.at("/totals/requests").asLong()).isEqualTo(1);
  }

  @Test
  void aTokenIsRequiredOnceSetAndComparedExactly() throws Exception {
    try (DashboardServer guarded = new DashboardServer("127.0.0.1", 0, traffic,
        Prices.S3_STANDARD_US_EAST_1, TOKEN, new PrintStream(LOG, true))) {
      Http client = new Http(guarded.port());
      assertThat(client.get("/api/summary").statusCode()).isEqualTo(401);
      assertThat(client.get("/").statusCode()).isEqualTo(401);
      assertThat(client.get("/api/summary", "Authorization", "Bearer " + TOKEN + "x")
          .statusCode()).isEqualTo(401);
      assertThat(client.get("/api/summary?token=wrong").statusCode()).isEqualTo(401);
      assertThat(client.get("/api/summary", "Authorization", "Bearer " + TOKEN).statusCode())
          .isEqualTo(200);
      HttpResponse<String> first = client.get("/?token=" + TOKEN);
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.headers().firstValue("Set-Cookie")).contains(TokenGate.COOKIE + "="
          + TOKEN + "; HttpOnly; SameSite=Strict; Path=/");
      assertThat(client.get("/api/summary", "Cookie", TokenGate.COOKIE + "=" + TOKEN)
          .statusCode()).isEqualTo(200);
      assertThat(client.get("/api/summary", "Cookie", TokenGate.COOKIE + "=nope")
          .statusCode()).isEqualTo(401);
    }
  }

  @Test
  void beyondLoopbackItRefusesToStartWithoutAToken() {
    assertThatThrownBy(() -> new DashboardServer("0.0.0.0", 0, traffic,
        Prices.S3_STANDARD_US_EAST_1, null, new PrintStream(LOG, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--bind 0.0.0.0 opens the dashboard beyond this machine: set"
            + " S3LOGS_SERVE_TOKEN");
    assertThatThrownBy(() -> BindPolicy.check("0.0.0.0", "short"))
        .hasMessageContaining("at least 16 characters");
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }
}
