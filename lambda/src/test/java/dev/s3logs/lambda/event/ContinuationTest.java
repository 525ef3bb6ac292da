package dev.s3logs.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.source.s3.S3Position;
import dev.s3logs.source.s3.S3Position.Encoding;
import dev.s3logs.testing.S3Notifications;
import org.junit.jupiter.api.Test;

class ContinuationTest {

  private static final S3Position REST = new S3Position("logs", "2024-03-01-00-00-00-ABC \"x\"",
      "\"9b2cf535f27731c974343645a3985328\"", 52_428_800, Encoding.GZIP);

  @Test
  void aContinuationIsSmallJsonOfOurShapeAndReadsBackTheSame() {
    String body = Continuation.body(REST);
    assertThat(body).isEqualTo("{\"s3logs\":\"continue\",\"version\":1,\"bucket\":\"logs\","
        + "\"key\":\"2024-03-01-00-00-00-ABC \\\"x\\\"\",\"eTag\":"
        + "\"\\\"9b2cf535f27731c974343645a3985328\\\"\",\"offset\":52428800,"
        + "\"encoding\":\"gzip\"}");
    assertThat(Continuation.read(body)).contains(REST);
  }

  @Test
  void notificationsAndOtherBodiesAreNoContinuations() {
    assertThat(Continuation.read(S3Notifications.direct("logs", "k", 10))).isEmpty();
    assertThat(Continuation.read(S3Notifications.viaSns("logs", "k", 10))).isEmpty();
    assertThat(Continuation.read("Test message.")).isEmpty();
    assertThat(Continuation.read("")).isEmpty();
    assertThat(Continuation.read("{\"s3logs\":\"something else\"}")).isEmpty();
  }

  @Test
  void aContinuationThatCannotBeUsedSaysWhy() {
    assertThatThrownBy(() -> Continuation.read("{\"s3logs\":\"continue\",\"version\":2}"))
        .hasMessage("continuation of version 2, not 1: sent by another release of s3logs?");
    assertThatThrownBy(() -> Continuation.read(
        "{\"s3logs\":\"continue\",\"version\":1,\"bucket\":\"b\",\"offset\":5}"))
        .hasMessage("continuation without bucket, key or offset");
    assertThatThrownBy(() -> Continuation.read(Continuation.body(REST).replace("gzip", "zstd")))
        .hasMessage("continuation with encoding 'zstd', not plain or gzip");
    assertThatThrownBy(() -> Continuation.read(Continuation.body(REST)
        .replace("52428800", "-1"))).hasMessage("offset -1 is negative");
  }

  @Test
  void aPositionPastTheStartWithoutItsETagIsNotSent() {
    S3Position noETag = new S3Position("logs", "k", null, 10, Encoding.PLAIN);
    assertThatThrownBy(() -> Continuation.body(noETag))
        .hasMessage("a continuation past the start needs the ETag");
  }
}
