package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.aws.AwsClients;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.ObjectReader;
import dev.s3logs.testing.LocalS3;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/** Listings and reads against S3Proxy on loopback, counting the requests they make. */
class S3ListingIT {

  private static final String ACCOUNT = "123456789012/";
  private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);

  private final LocalS3 local = LocalS3.get();

  @Test
  void withoutBoundsReadsEveryObjectInKeyOrderButFolderMarkers() throws IOException {
    String bucket = bucket("it-simple-all", "logs/", "logs/2024-01-02-00-00-00-B",
        "logs/2024-01-01-00-00-00-A", "logs/notes.txt", "other/2024-01-02-00-00-00-X");
    local.put(bucket, "logs/", new byte[0]);
    try (S3Client s3 = client(local.endpoint())) {
      List<InputObject> objects = new S3Listing(s3, reads(local.endpoint()),
          S3Location.parse("s3://" + bucket + "/logs/"),
          LogDateRange.ALL).objects().toList();
      assertThat(objects).extracting(InputObject::name).containsExactly(
          "s3://" + bucket + "/logs/2024-01-01-00-00-00-A",
          "s3://" + bucket + "/logs/2024-01-02-00-00-00-B",
          "s3://" + bucket + "/logs/notes.txt");
      assertThat(read(objects.get(1))).isEqualTo("line of logs/2024-01-02-00-00-00-B\n");
    }
  }

  @Test
  void sinceStartsTheListingAtItsDayAndReadsNothingBefore() {
    String bucket = "it-simple-since";
    local.createBucket(bucket);
    for (int i = 0; i < 1100; i++) {
      String time = String.format("%02d-%02d-%02d", i / 60 % 24, i % 60, i / 1440);
      local.put(bucket, "logs/2023-12-" + (10 + i % 20) + "-" + time + "-OLD" + i, bytes("old"));
    }
    put(bucket, "logs/2024-01-02-05-00-00-B", "logs/2024-01-03-06-00-00-C");
    try (LocalS3.Counting counting = local.counting(); S3Client s3 = client(counting.endpoint())) {
      S3Listing listing = listing(s3, "s3://" + bucket + "/logs/", Optional.of(JAN_2),
          Optional.empty());
      assertThat(readAll(listing)).containsExactly("line of logs/2024-01-02-05-00-00-B\n",
          "line of logs/2024-01-03-06-00-00-C\n");
      assertThat(counting.count("GET", "/" + bucket + "/logs/")).isEqualTo(2);
      assertThat(counting.requests()).anyMatch(r -> r.contains("start-after=logs%2F2024-01-02"));
      // One listing from the day on, two to find no partitioned folders (the second one jumps
      // past the 1100 objects of 2023): the objects before the day are never paged through.
      assertThat(lists(counting, bucket)).isEqualTo(3);
      assertThat(listing.skippedUndated()).isZero();
    }
  }

  @Test
  void untilStopsTheListingAfterItsDay() {
    String bucket = bucket("it-simple-until", "logs/2024-01-01-00-00-00-A",
        "logs/2024-01-02-23-59-59-B", "logs/2024-01-03-00-00-00-C", "logs/zz-undated");
    try (LocalS3.Counting counting = local.counting(); S3Client s3 = client(counting.endpoint())) {
      S3Listing listing = listing(s3, "s3://" + bucket + "/logs/", Optional.empty(),
          Optional.of(JAN_2));
      assertThat(listing.objects().map(InputObject::name)).containsExactly(
          "s3://" + bucket + "/logs/2024-01-01-00-00-00-A",
          "s3://" + bucket + "/logs/2024-01-02-23-59-59-B");
      assertThat(counting.count("GET", "/" + bucket + "/logs/")).isZero();
    }
  }

  @Test
  void partitionedLayoutIsWalkedByFoldersAndListedFromTheSinceDay() {
    String src = "logs/" + ACCOUNT + "eu-west-1/src-a/";
    String bucket = bucket("it-partitioned", src + "2024/01/01/2024-01-01-00-00-00-A",
        src + "2024/01/02/2024-01-02-00-00-00-B", src + "2024/01/02/readme",
        "logs/" + ACCOUNT + "us-east-1/src-b/2024/01/03/2024-01-03-00-00-00-C",
        "logs/junk/2024-01-05-00-00-00-J");
    try (LocalS3.Counting counting = local.counting(); S3Client s3 = client(counting.endpoint())) {
      S3Listing listing = listing(s3, "s3://" + bucket + "/logs/", Optional.of(JAN_2),
          Optional.empty());
      assertThat(readAll(listing)).containsExactly(
          "line of " + src + "2024/01/02/2024-01-02-00-00-00-B\n",
          "line of logs/" + ACCOUNT + "us-east-1/src-b/2024/01/03/2024-01-03-00-00-00-C\n");
      assertThat(listing.skippedUndated()).isEqualTo(1);
      assertThat(listing.ignoredFolders()).containsExactly("s3://" + bucket + "/logs/junk/");
      assertThat(counting.requests()).anyMatch(r -> r.contains(
          "start-after=logs%2F123456789012%2Feu-west-1%2Fsrc-a%2F2024%2F01%2F02%2F"));
      assertThat(counting.count("GET", "/" + bucket + "/logs/")).isEqualTo(2);
    }
  }

  @Test
  void aPrefixNamingOneSourceBucketFolderIsListedByDays() {
    String src = "logs/" + ACCOUNT + "eu-west-1/src-a/";
    String bucket = bucket("it-partitioned-one", src + "2024/01/01/2024-01-01-00-00-00-A",
        src + "2024/01/02/2024-01-02-00-00-00-B", src + "2024/01/03/2024-01-03-00-00-00-C");
    try (S3Client s3 = client(local.endpoint())) {
      S3Listing listing = listing(s3, "s3://" + bucket + "/" + src, Optional.of(JAN_2),
          Optional.of(JAN_2));
      assertThat(listing.objects().map(InputObject::name))
          .containsExactly("s3://" + bucket + "/" + src + "2024/01/02/2024-01-02-00-00-00-B");
    }
  }

  @Test
  void aGzipObjectIsStreamedAndInflated() throws IOException {
    String bucket = "it-gzip";
    local.createBucket(bucket);
    String text = "a log line\n".repeat(200_000);
    ByteArrayOutputStream gzip = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
      out.write(bytes(text));
    }
    local.put(bucket, "logs/2024-01-02-00-00-00-GZ", gzip.toByteArray());
    try (S3Client s3 = client(local.endpoint())) {
      InputObject object = new S3LogObject(reads(local.endpoint()), bucket,
          "logs/2024-01-02-00-00-00-GZ");
      try (InputStream in = ObjectReader.open(object.open())) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
      }
    }
  }

  @Test
  void aMissingBucketIsNamedWithTheSettingsToCheck() {
    try (S3Client s3 = client(local.endpoint())) {
      S3Listing listing = listing(s3, "s3://it-no-such-bucket/logs/", Optional.empty(),
          Optional.empty());
      assertThatThrownBy(() -> listing.objects().toList())
          .isInstanceOfSatisfying(S3AccessException.class,
              e -> assertThat(e.problem()).isEqualTo(S3Problem.NO_BUCKET))
          .hasMessage("no bucket 'it-no-such-bucket' at " + local.endpoint() + ": check the"
              + " bucket of the s3:// URL and --s3-endpoint-url");
    }
  }

  @Test
  void aMissingObjectFailsThatObjectOnly() {
    String bucket = bucket("it-missing-object");
    try (S3Client s3 = client(local.endpoint())) {
      assertThatThrownBy(() -> new S3LogObject(reads(local.endpoint()), bucket, "logs/gone").open())
          .isInstanceOf(S3ObjectUnreadableException.class)
          .isInstanceOf(IOException.class)
          .hasMessage("no such object (deleted since it was listed?)");
    }
  }

  @Test
  void refusedCredentialsAreSaidToBeRefused() {
    String bucket = bucket("it-credentials", "logs/2024-01-02-00-00-00-A");
    for (var keys : List.of(List.of(local.accessKey(), "wrong-secret"),
        List.of("AKIDUNKNOWN", local.secretKey()))) {
      try (S3Client s3 = client(local.endpoint(), keys.get(0), keys.get(1))) {
        S3Listing listing = listing(s3, "s3://" + bucket + "/logs/", Optional.empty(),
            Optional.empty());
        assertThatThrownBy(() -> listing.objects().toList())
            .isInstanceOfSatisfying(S3AccessException.class,
                e -> assertThat(e.problem()).isEqualTo(S3Problem.CREDENTIALS_REFUSED))
            .hasMessageStartingWith("AWS credentials refused by S3 (")
            .hasMessageEndingWith(": check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                + " AWS_PROFILE or --s3-role-arn");
        S3Reads refused = reads(local.endpoint(), keys.get(0), keys.get(1));
        assertThatThrownBy(() -> new S3LogObject(refused, bucket, "logs/2024-01-02-00-00-00-A")
            .open())
            .isInstanceOf(S3AccessException.class)
            .hasMessageStartingWith("AWS credentials refused by S3 (");
      }
    }
  }

  private S3Client client(URI endpoint) {
    return client(endpoint, local.accessKey(), local.secretKey());
  }

  private S3Client client(URI endpoint, String accessKey, String secretKey) {
    return clients(endpoint, accessKey, secretKey).s3();
  }

  private S3Reads reads(URI endpoint) {
    return reads(endpoint, local.accessKey(), local.secretKey());
  }

  private S3Reads reads(URI endpoint, String accessKey, String secretKey) {
    return clients(endpoint, accessKey, secretKey).s3Reads();
  }

  /** Clients as the app builds them: path-style comes from the loopback endpoint alone. */
  private AwsClients clients(URI endpoint, String accessKey, String secretKey) {
    AwsClientSettings settings = new AwsClientSettings(Optional.of(endpoint), Optional.empty(),
        Optional.of(local.region()), false, Optional.empty());
    return new AwsClients(settings, settings.resolveRegion(),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)),
        Map.of());
  }

  private S3Listing listing(S3Client s3, String url, Optional<LocalDate> since,
      Optional<LocalDate> until) {
    // Reads go where the listing went, so that a counting endpoint counts both.
    URI endpoint = s3.serviceClientConfiguration().endpointOverride().orElseThrow();
    return new S3Listing(s3, reads(endpoint), S3Location.parse(url),
        new LogDateRange(since, until));
  }

  private String bucket(String bucket, String... keys) {
    local.createBucket(bucket);
    put(bucket, keys);
    return bucket;
  }

  private void put(String bucket, String... keys) {
    for (String key : keys) {
      local.put(bucket, key, bytes("line of " + key + "\n"));
    }
  }

  private static long lists(LocalS3.Counting counting, String bucket) {
    return counting.requests().stream()
        .filter(r -> r.startsWith("GET /" + bucket) && r.contains("list-type=2")).count();
  }

  private static List<String> readAll(S3Listing listing) {
    return listing.objects().map(S3ListingIT::readUnchecked).toList();
  }

  private static String readUnchecked(InputObject object) {
    try {
      return read(object);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + object.name(), e);
    }
  }

  private static String read(InputObject object) throws IOException {
    try (InputStream in = ObjectReader.open(object.open())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
