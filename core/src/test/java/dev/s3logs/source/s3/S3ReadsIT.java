package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.LoopbackProxy.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Reads of objects from S3Proxy, which checks every signature, and from a failing server. */
class S3ReadsIT {

  private static final String BUCKET = "it-reads";
  private static final String SLOW_DOWN = "<Error><Code>SlowDown</Code><Message>Please reduce"
      + " your request rate.</Message></Error>";

  private final LocalS3 local = LocalS3.get();

  @Test
  void keysOfEveryKindAreSignedAsS3ChecksThem() throws IOException {
    local.createBucket(BUCKET);
    for (String key : new String[] {"logs/2024-01-02-00-00-00-A", "logs/a b+c=d&e,f;g:h@i$j",
        "logs/été/ü%20~*'()!.log", "logs//double/./dot/../x"}) {
      byte[] body = ("object " + key + "\n").getBytes(StandardCharsets.UTF_8);
      local.put(BUCKET, key, body);
      S3Reads.Body read = reads(local.endpoint()).get(BUCKET, key, 0, null);
      assertThat(readAll(read.stream())).as(key).isEqualTo(body);
      assertThat(read.eTag()).as(key).startsWith("\"").endsWith("\"");
    }
  }

  @Test
  void aReadFromAnOffsetOfTheSameVersionGetsTheRest() throws IOException {
    local.createBucket(BUCKET);
    local.put(BUCKET, "tail", "0123456789".getBytes(StandardCharsets.UTF_8));
    S3Reads reads = reads(local.endpoint());
    String eTag = reads.get(BUCKET, "tail", 0, null).eTag();
    assertThat(readAll(reads.get(BUCKET, "tail", 6, eTag).stream())).asString()
        .isEqualTo("6789");
    assertThatThrownBy(() -> reads.get(BUCKET, "tail", 6, "\"0123\""))
        .isInstanceOf(S3ObjectUnreadableException.class)
        .hasMessageContaining("the object changed since its first part was read");
  }

  @Test
  void aServerThatAsksToSlowDownIsAskedAgainTwice() throws IOException {
    AtomicInteger asked = new AtomicInteger();
    try (LoopbackProxy s3 = LoopbackProxy.in(local.endpoint(), request ->
        Optional.of(asked.incrementAndGet() < 3
            ? new Answer(503, "application/xml", bytes(SLOW_DOWN))
            : new Answer(200, "text/plain", bytes("a log line\n"))))) {
      assertThat(readAll(reads(s3.uri()).get(BUCKET, "slow", 0, null).stream())).asString()
          .isEqualTo("a log line\n");
    }
    assertThat(asked).hasValue(3);
  }

  @Test
  void aServerThatKeepsRefusingFailsTheObjectAfterThreeAttempts() throws IOException {
    AtomicInteger asked = new AtomicInteger();
    try (LoopbackProxy s3 = LoopbackProxy.in(local.endpoint(), request -> {
      asked.incrementAndGet();
      return Optional.of(new Answer(503, "application/xml", bytes(SLOW_DOWN)));
    })) {
      assertThatThrownBy(() -> reads(s3.uri()).get(BUCKET, "slow", 0, null))
          .isInstanceOf(S3ObjectUnreadableException.class)
          .hasMessage("S3 GetObject failed: SlowDown (HTTP 503): Please reduce your request"
              + " rate.");
    }
    assertThat(asked).hasValue(3);
  }

  @Test
  void aBodyThatStopsComingFailsTheReadInsteadOfHangingIt() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread stalling = new Thread(() -> answerThenStall(server));
      stalling.setDaemon(true);
      stalling.start();
      URI endpoint = URI.create("http://127.0.0.1:" + server.getLocalPort());
      S3Reads reads = new S3Reads(new S3Address(local.region(), Optional.of(endpoint), true,
          false, false), StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID",
          "secret")), 500);
      InputStream body = reads.get(BUCKET, "stalled", 0, null).stream();
      assertThat(body.readNBytes(5)).asString().isEqualTo("first");
      assertThatThrownBy(body::read).isInstanceOf(SocketTimeoutException.class);
    }
  }

  /** Sends the headers and five of the hundred bytes they promise, then nothing. */
  private static void answerThenStall(ServerSocket server) {
    try (Socket socket = server.accept()) {
      socket.getOutputStream().write(bytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n"
          + "ETag: \"e\"\r\n\r\nfirst"));
      socket.getOutputStream().flush();
      Thread.sleep(10_000);
    } catch (IOException | InterruptedException e) {
      // the test has ended
    }
  }

  @Test
  void aBucketThatCannotBeAddressedFailsThatObjectOnly() {
    S3Reads reads = new S3Reads(new S3Address("us east 1", Optional.empty(), false, false, false),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")));
    assertThatThrownBy(() -> reads.get(BUCKET, "any", 0, null))
        .isInstanceOf(S3ObjectUnreadableException.class)
        .hasMessageStartingWith("cannot address bucket '" + BUCKET + "' in region us east 1: ");
  }

  private S3Reads reads(URI endpoint) {
    return new S3Reads(new S3Address(local.region(), Optional.of(endpoint), true, false, false),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(local.accessKey(),
            local.secretKey())));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
