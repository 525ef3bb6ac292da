package dev.s3logs.source.s3;

import dev.s3logs.sink.aws.AwsSigV4Auth;
import dev.s3logs.sink.aws.AwsTarget;
import dev.s3logs.sink.http.HttpCall;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * GetObject without the SDK's S3 client: the SDK's endpoint rules say where ({@link S3Address}),
 * its SigV4 signer signs (as for the engine), and java.net.http streams the body. Building the
 * SDK's client and making its first call cost half a second of CPU, a quarter of a Lambda cold
 * start; this costs a tenth of that. Listings still use the SDK. Like the SDK, it tries a request
 * three times when S3 cannot be reached or answers 500, 502, 503 or 504. It checks no checksum of
 * the body, which TLS and gzip's own check cover. Thread-safe.
 */
public final class S3Reads {

  private static final int ATTEMPTS = 3;
  private static final Set<Integer> RETRIED = Set.of(500, 502, 503, 504);
  private static final int ERROR_BODY_LIMIT = 64 * 1024;
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

  private final S3Address address;
  private final AwsSigV4Auth signer;
  private final HttpClient http;

  public S3Reads(S3Address address, AwsCredentialsProvider credentials) {
    this.address = address;
    this.signer = new AwsSigV4Auth(new AwsTarget(AwsTarget.S3, address.region()), credentials);
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
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
    HttpCall call = new HttpCall("GET", address.of(bucket, key), headers, null);
    try {
      return send(call, errors);
    } catch (S3AccessException e) {
      if (e.problem().stopsTheRun()) {
        throw e;
      }
      throw new S3ObjectUnreadableException(e);
    }
  }

  private Body send(HttpCall call, S3Errors errors) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<InputStream> response;
      try {
        response = http.send(request(signer.authorize(call)), BodyHandlers.ofInputStream());
      } catch (IOException e) {
        if (attempt < ATTEMPTS) {
          pause(attempt);
          continue;
        }
        throw errors.unreachable(e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new S3AccessException(S3Problem.OTHER, "interrupted while reading S3", e);
      }
      int status = response.statusCode();
      if (status == 200 || status == 206) {
        return new Body(response.body(), response.headers().firstValue("ETag").orElse(null));
      }
      String body = drain(response.body());
      if (!RETRIED.contains(status) || attempt >= ATTEMPTS) {
        throw errors.refused(S3Answer.of(status,
            response.headers().firstValue("x-amz-bucket-region"), body), S3Action.GET, null);
      }
      pause(attempt);
    }
  }

  private static HttpRequest request(HttpCall signed) {
    HttpRequest.Builder request = HttpRequest.newBuilder(signed.uri()).GET()
        .timeout(ANSWER_TIMEOUT);
    signed.headers().forEach(request::header);
    return request.build();
  }

  private static String drain(InputStream body) {
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
