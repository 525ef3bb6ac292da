package dev.s3logs.source.s3;

import dev.s3logs.sink.aws.AwsSigV4Auth;
import dev.s3logs.sink.aws.AwsTarget;
import dev.s3logs.sink.http.HttpCall;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * GetObject without the SDK's S3 client: the SDK's endpoint rules say where ({@link S3Address}),
 * its SigV4 signer signs (as for the engine), and the JDK's HttpURLConnection, which the SDK's
 * client used too, streams the body. Building the SDK's client and making its first call cost
 * half a second of CPU, a quarter of a Lambda cold start; this costs a tenth of that. Listings
 * still use the SDK. Like the SDK, it tries a request three times when S3 cannot be reached or
 * answers 500, 502, 503 or 504, and fails a read that waits 30 s for a byte. It checks no
 * checksum of the body, which TLS and gzip's own check cover. Thread-safe.
 */
public final class S3Reads {

  private static final int ATTEMPTS = 3;
  private static final Set<Integer> RETRIED = Set.of(500, 502, 503, 504);
  private static final int ERROR_BODY_LIMIT = 64 * 1024;
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  // As the SDK's: a read that gets no byte for this long fails, instead of hanging on a dead
  // connection for as long as TCP does.
  private static final int READ_TIMEOUT_MILLIS = 30_000;

  private final S3Address address;
  private final AwsSigV4Auth signer;
  private final int readTimeoutMillis;

  public S3Reads(S3Address address, AwsCredentialsProvider credentials) {
    this(address, credentials, READ_TIMEOUT_MILLIS);
  }

  S3Reads(S3Address address, AwsCredentialsProvider credentials, int readTimeoutMillis) {
    this.address = address;
    this.signer = new AwsSigV4Auth(new AwsTarget(AwsTarget.S3, address.region()), credentials);
    this.readTimeoutMillis = readTimeoutMillis;
  }

  /** An object's body as it streams in, and its ETag. */
  public record Body(InputStream stream, String eTag) {
  }

  /**
   * Starts a GET of an object.
   *
   * @param from the first byte to read, 0 for all of it
   * @param eTag read only this version of the object (If-Match), or null for any
   * @throws S3ObjectUnreadableException when this object cannot be read but others may be
   * @throws S3AccessException when no object could be (no bucket, credentials refused, ...)
   */
  public Body get(String bucket, String key, long from, String eTag)
      throws S3ObjectUnreadableException {
    S3Errors errors = new S3Errors(bucket, address.region(), address.endpoint());
    Map<String, String> headers = new LinkedHashMap<>();
    if (from > 0) {
      headers.put("Range", "bytes=" + from + "-");
    }
    if (eTag != null) {
      headers.put("If-Match", eTag);
    }
    try {
      return send(new HttpCall("GET", address.of(bucket, key), headers, null), errors);
    } catch (S3AccessException e) {
      if (e.problem().stopsTheRun()) {
        throw e;
      }
      throw new S3ObjectUnreadableException(e);
    }
  }

  private Body send(HttpCall call, S3Errors errors) {
    for (int attempt = 1; ; attempt++) {
      HttpURLConnection connection;
      int status;
      InputStream body;
      try {
        connection = open(signer.authorize(call));
        status = connection.getResponseCode();
        body = isFound(status) ? connection.getInputStream() : connection.getErrorStream();
      } catch (IOException e) {
        if (attempt < ATTEMPTS) {
          pause(attempt);
          continue;
        }
        throw errors.unreachable(e, e);
      }
      if (isFound(status)) {
        return new Body(body, connection.getHeaderField("ETag"));
      }
      String error = drain(body);
      if (!RETRIED.contains(status) || attempt >= ATTEMPTS) {
        throw errors.refused(S3Answer.of(status,
            Optional.ofNullable(connection.getHeaderField("x-amz-bucket-region")), error),
            S3Action.GET, null);
      }
      pause(attempt);
    }
  }

  /** The whole object (200) or the part asked for (206). */
  private static boolean isFound(int status) {
    return status == 200 || status == 206;
  }

  private HttpURLConnection open(HttpCall signed) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) signed.uri().toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
    connection.setReadTimeout(readTimeoutMillis);
    signed.headers().forEach(connection::setRequestProperty);
    return connection;
  }

  private static String drain(InputStream body) {
    if (body == null) {
      return "";
    }
    try (body) {
      return new String(body.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Full jitter under 100 ms, then 200 ms: S3 asks for backoff when it answers 503 SlowDown. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(100L << (attempt - 1)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new S3AccessException(S3Problem.OTHER, "interrupted while reading S3", e);
    }
  }
}
