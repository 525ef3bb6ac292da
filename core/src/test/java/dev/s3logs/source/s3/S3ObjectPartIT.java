package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.aws.AwsClients;
import dev.s3logs.source.ObjectReader;
import dev.s3logs.source.s3.S3Position.Encoding;
import dev.s3logs.testing.LocalS3;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Parts of objects on S3Proxy: stopped at a line's end, continued, and joined up again. */
class S3ObjectPartIT {

  private static final String BUCKET = "it-object-parts";

  private final LocalS3 local = LocalS3.get();
  private final String text = lines(3000);

  @Test
  void aPlainObjectStoppedMidwayGoesOnFromTheNextLineWithARangedGet() throws IOException {
    local.createBucket(BUCKET);
    local.put(BUCKET, "plain", text.getBytes(StandardCharsets.UTF_8));
    S3Reads s3 = client(local.endpoint());
    assertPartsJoinUp(s3, "plain", Encoding.PLAIN);
  }

  @Test
  void aGzipObjectIsReadAgainAndItsFirstPartSkipped() throws IOException {
    local.createBucket(BUCKET);
    local.put(BUCKET, "gzip", gzip(text));
    S3Reads s3 = client(local.endpoint());
    assertPartsJoinUp(s3, "gzip", Encoding.GZIP);
  }

  @Test
  void anObjectChangedSinceItsFirstPartIsNotContinued() throws IOException {
    local.createBucket(BUCKET);
    local.put(BUCKET, "changing", text.getBytes(StandardCharsets.UTF_8));
    S3Reads s3 = client(local.endpoint());
    S3ObjectPart first = stoppedAfter(s3, S3Position.start(BUCKET, "changing"), 5000);
    read(first);
    // Longer than before: S3Proxy checks the range before the ETag, S3 the other way round.
    local.put(BUCKET, "changing", lines(4000).getBytes(StandardCharsets.UTF_8));
    S3ObjectPart second = new S3ObjectPart(s3, first.rest().orElseThrow(), () -> false);
    assertThatThrownBy(second::open).isInstanceOf(S3ObjectUnreadableException.class)
        .hasMessageContaining("the object changed since its first part was read");
  }

  @Test
  void aPartStoppedBeforeItsGetAsksNothingAndLeavesItAllForLater() throws IOException {
    local.createBucket(BUCKET);
    try (LocalS3.Counting counting = local.counting()) {
      S3Reads s3 = client(counting.endpoint());
      S3Position start = S3Position.start(BUCKET, "never-read");
      S3ObjectPart part = new S3ObjectPart(s3, start, () -> true);
      assertThat(read(part)).isEmpty();
      assertThat(part.rest()).contains(start);
      assertThat(counting.requests()).isEmpty();
    }
  }

  private void assertPartsJoinUp(S3Reads s3, String key, Encoding encoding) throws IOException {
    S3ObjectPart first = stoppedAfter(s3, S3Position.start(BUCKET, key), 40_000);
    String head = read(first);
    S3Position rest = first.rest().orElseThrow();
    // The reader reads ahead a buffer-full: the stop is heeded after it.
    assertThat(rest.offset()).isEqualTo(head.length()).isGreaterThan(40_000L)
        .isLessThan(text.length() / 2);
    assertThat(head).endsWith("\n");
    assertThat(rest.encoding()).isEqualTo(encoding);
    assertThat(rest.eTag()).isNotBlank();
    assertThat(rest.name()).isEqualTo("s3://" + BUCKET + "/" + key + " from byte "
        + rest.offset());

    S3ObjectPart second = new S3ObjectPart(s3, rest, () -> false);
    assertThat(head + read(second)).isEqualTo(text);
    assertThat(second.rest()).isEmpty();
    assertThat(second.bytesRead()).isEqualTo(text.length() - rest.offset());
  }

  /** A part whose stop comes once it has read {@code bytes}. */
  private static S3ObjectPart stoppedAfter(S3Reads s3, S3Position start, long bytes) {
    AtomicReference<S3ObjectPart> self = new AtomicReference<>();
    BooleanSupplier stop = () -> self.get().bytesRead() >= bytes;
    self.set(new S3ObjectPart(s3, start, stop));
    return self.get();
  }

  /** What the pipeline would read of the part. */
  private static String read(S3ObjectPart part) throws IOException {
    try (InputStream in = ObjectReader.open(part.open())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1000];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static String lines(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append("line ").append(i).append(" of a log object, ").append("x".repeat(i % 50))
          .append('\n');
    }
    return text.toString();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private S3Reads client(URI endpoint) {
    AwsClientSettings settings = new AwsClientSettings(Optional.of(endpoint), Optional.empty(),
        Optional.of(local.region()), false, Optional.empty());
    return new AwsClients(settings, settings.resolveRegion(), StaticCredentialsProvider.create(
        AwsBasicCredentials.create(local.accessKey(), local.secretKey())), Map.of()).s3Reads();
  }
}
