package dev.s3logs.testing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * A real S3 API on loopback for the integration tests: S3Proxy with an in-memory store, checking
 * SigV4 signatures made with {@link #accessKey()} and {@link #secretKey()}. Clients must use
 * path-style addressing, and compute request checksums only when required. The first test that
 * asks starts it (in about 2 s, in a JVM of its own); the rest of the JVM's tests share it, so
 * give each test buckets of its own.
 */
public final class LocalS3 {

  private static final StartOnce<LocalS3> SERVER = new StartOnce<>(LocalS3::start);
  private static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "s3logs-test-access-key";
  private static final String SECRET_KEY = "s3logs-test-secret-key";

  private final int port;
  private final S3Client client;

  private LocalS3(int port) {
    this.port = port;
    this.client = clientFor(endpoint());
  }

  /** Starts the server on first use; the same one afterwards. */
  public static LocalS3 get() {
    return SERVER.get();
  }

  private static LocalS3 start() {
    long began = System.nanoTime();
    int port = FreePort.pick();
    ChildJvm jvm = ChildJvm.start("s3proxy", Map.of("s3proxy.conf", properties(port)),
        List.of(), "org.gaul.s3proxy.Main", List.of("--properties", "s3proxy.conf"));
    LocalS3 s3 = new LocalS3(port);
    jvm.awaitAnswering(s3.endpoint());
    System.err.printf("[local-aws] S3Proxy at %s ready in %.1f s%n",
        s3.endpoint(), (System.nanoTime() - began) / 1e9);
    return s3;
  }

  private static String properties(int port) {
    return String.join("\n",
        "s3proxy.endpoint=http://127.0.0.1:" + port,
        "s3proxy.authorization=aws-v4",
        "s3proxy.identity=" + ACCESS_KEY,
        "s3proxy.credential=" + SECRET_KEY,
        // in memory: nothing to clean up, and each test JVM starts with no buckets
        "jclouds.provider=transient-nio2",
        "jclouds.identity=unused",
        "jclouds.credential=unused",
        "");
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public String region() {
    return REGION;
  }

  public String accessKey() {
    return ACCESS_KEY;
  }

  public String secretKey() {
    return SECRET_KEY;
  }

  /** A client for the server, shared by all tests: do not close it. */
  public S3Client client() {
    return client;
  }

  /** A client like {@link #client()}, for another endpoint (e.g. {@link Counting#endpoint()}). */
  public S3Client clientFor(URI endpoint) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.of(REGION))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .forcePathStyle(true)
        // S3Proxy 2.6 refuses the chunked, checksum-trailed uploads the SDK sends by default
        // (400: x-amz-content-sha256 does not match)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** Creates the bucket unless it exists. */
  public void createBucket(String name) {
    try {
      client.createBucket(request -> request.bucket(name));
    } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException exists) {
      // as wanted
    }
  }

  public void put(String bucket, String key, byte[] body) {
    client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(body));
  }

  /**
   * A new endpoint in front of the server that notes every request it passes on, to count what
   * the code under test asked for. Close it at the end of the test.
   */
  public Counting counting() {
    return new Counting(RequestRelay.to(port));
  }

  /** An endpoint that counts the requests it passes to the server. */
  public static final class Counting implements AutoCloseable {

    private final RequestRelay relay;

    private Counting(RequestRelay relay) {
      this.relay = relay;
    }

    /** Where the code under test should send its S3 requests. */
    public URI endpoint() {
      return relay.uri();
    }

    /** "METHOD /bucket/key?query" of each request, in the order received, still URL-encoded. */
    public List<String> requests() {
      return relay.requests();
    }

    /** How many requests had this method and a path (and query) that starts with the prefix. */
    public long count(String method, String pathPrefix) {
      return requests().stream().filter(line -> line.startsWith(method + " " + pathPrefix)).count();
    }

    @Override
    public void close() {
      relay.close();
    }
  }
}
