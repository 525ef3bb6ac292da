package dev.s3logs.sink.aws;

import static dev.s3logs.sink.aws.AwsSigV4RoundTripIT.KEYS;
import static dev.s3logs.sink.aws.AwsSigV4RoundTripIT.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.sink.http.HttpCall;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngines;
import dev.s3logs.testing.SigV4Verifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The verifying proxy refuses what AWS would refuse, so its acceptance in
 * {@link AwsSigV4RoundTripIT} means something. Each test first sends a correctly signed document
 * through the same proxy (accepted and indexed), then a spoiled one (refused, never indexed).
 */
class AwsSigV4RejectionIT {

  private static final AwsTarget TARGET = new AwsTarget("es", "eu-west-1");
  private static final RequestAuth SIGNED = signer(TARGET, KEYS);

  @Test
  void aBodyChangedAfterSigningIsRefused() {
    assertRefused("sigv4-body", call -> otherBody(SIGNED.authorize(call)),
        "x-amz-content-sha256 is not the SHA-256 of the body received");
  }

  @Test
  void aBodyChangedWithItsHashIsRefusedByTheSignature() {
    assertRefused("sigv4-body-hash", call -> {
      HttpCall changed = otherBody(SIGNED.authorize(call));
      return changed.withHeader("x-amz-content-sha256", SigV4Verifier.sha256(changed.body()));
    }, "the signature does not match the request received");
  }

  @Test
  void aSignedHeaderChangedAfterSigningIsRefused() {
    assertRefused("sigv4-header",
        call -> SIGNED.authorize(call).withHeader("Content-Type", "application/x-ndjson"),
        "the signature does not match the request received");
  }

  @Test
  void anotherSecretIsRefused() {
    assertRefused("sigv4-secret",
        signer(TARGET, AwsBasicCredentials.create(KEYS.accessKeyId(), "not-the-secret")),
        "the signature does not match the request received");
  }

  @Test
  void anotherRegionIsRefused() {
    assertRefused("sigv4-region", signer(new AwsTarget("es", "us-east-1"), KEYS),
        "credential scope AKIDS3LOGSTEST/");
  }

  @Test
  void aMissingSessionTokenIsRefused() {
    AwsSessionCredentials session = AwsSessionCredentials.create(KEYS.accessKeyId(),
        KEYS.secretAccessKey(), "the-token");
    assertRefused("sigv4-token", session, signer(TARGET, KEYS),
        "x-amz-security-token missing, expected the-token");
  }

  @Test
  void anUnsignedRequestIsRefused() {
    assertRefused("sigv4-unsigned", RequestAuth.NONE, "no Authorization header");
  }

  private static void assertRefused(String index, RequestAuth spoiled, String reason) {
    assertRefused(index, KEYS, spoiled, reason);
  }

  private static void assertRefused(String index, AwsCredentials expected, RequestAuth spoiled,
      String reason) {
    SigV4Verifier verifier = new SigV4Verifier(expected, TARGET.service(), TARGET.region());
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(), verifier)) {
      HttpReply good = putDocument(proxy, signer(TARGET, expected), index + "/_doc/good");
      assertThat(good.status()).as(good.text()).isEqualTo(201);
      HttpReply bad = putDocument(proxy, spoiled, index + "/_doc/bad");
      assertThat(bad.status()).isEqualTo(403);
      assertThat(bad.text()).contains(reason);
      assertThat(verifier.accepted()).isEqualTo(1);
      assertThat(verifier.rejections()).singleElement().asString()
          .startsWith("PUT /" + index + "/_doc/bad").contains(reason);
    }
    assertThat(SearchEngines.opensearch().rest().get("/" + index + "/_doc/good").status())
        .isEqualTo(200);
    assertThat(SearchEngines.opensearch().rest().get("/" + index + "/_doc/bad").status())
        .isEqualTo(404);
  }

  private static HttpReply putDocument(LoopbackProxy proxy, RequestAuth auth, String path) {
    HttpTransport transport = new HttpTransport(proxy.uri(), auth, TlsSettings.DEFAULT, true,
        Duration.ofSeconds(30));
    return send(transport, "PUT", "/" + path + "?refresh=true", "application/json",
        "{\"amount\":10}");
  }

  /** The same request, headers and all, with another body, compressed as the first one was. */
  private static HttpCall otherBody(HttpCall signed) {
    assertThat(signed.headers()).containsEntry("Content-Encoding", "gzip");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(body)) {
      zip.write("{\"amount\":1000}".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HttpCall(signed.method(), signed.uri(), signed.headers(), body.toByteArray());
  }

  private static RequestAuth signer(AwsTarget target, AwsCredentials credentials) {
    return new AwsSigV4Auth(target, StaticCredentialsProvider.create(credentials));
  }
}
