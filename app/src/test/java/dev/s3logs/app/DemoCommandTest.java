package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo}, in-process on a free port: a week of generated traffic, served. */
class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void servesAWeekOfTrafficUntilStopped() throws Exception {
    int port = freePort();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams = new Streams(new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread demo = new Thread(() -> exit.set(Main.run(streams, "demo", "--lines", "20000",
        "--port", String.valueOf(port), "--store", dir.resolve("demo.duckdb").toString())));
    demo.start();
    try {
      JsonNode summary = summary(port, Instant.now().plusSeconds(120));
      assertThat(summary.at("/totals/requests").asLong()).isEqualTo(20_000);
      Instant first = Instant.parse(summary.at("/totals/first").asText());
      Instant last = Instant.parse(summary.at("/totals/last").asText());
      assertThat(Duration.between(first, last)).isBetween(Duration.ofDays(6),
          Duration.ofDays(7));
      assertThat(last).isBefore(Instant.now()).isAfter(Instant.now().minus(Duration.ofDays(2)));
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("s3logs demo: dashboard of duckdb:", "at http://127.0.0.1:" + port + "/");
    } finally {
      demo.interrupt();
      demo.join(10_000);
    }
    assertThat(exit.get()).isEqualTo(ExitCodes.OK);
  }

  private static JsonNode summary(int port, Instant deadline) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/api/summary")).build();
    while (true) {
      try {
        HttpResponse<String> response = client.send(request,
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw notYet;
        }
        Thread.sleep(200);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
