package dev.s3logs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.testing.LoopbackProxy.Answer;
import dev.s3logs.testing.LoopbackProxy.Received;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Checks the SigV4 signature of every request a test proxy receives, the way AWS does: it signs
 * the request again from what arrived (method, raw path and query, the headers the signature
 * names, the body) with the same credentials at the time the request claims, and compares. A
 * request that fails gets a 403 with the reason and never reaches the engine.
 */
public final class SigV4Verifier implements LoopbackProxy.Interceptor {

  private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 "
      + "Credential=([^/]+/\\d{8}/[^/]+/[^/]+/aws4_request), "
      + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  // What AWS tolerates between the request's time and its own.
  private static final Duration MAX_SKEW = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AwsCredentialsIdentity credentials;
  private final String service;
  private final String region;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<String> rejections = new CopyOnWriteArrayList<>();

  /** Accepts what was signed with {@code credentials} for {@code service} in {@code region}. */
  public SigV4Verifier(AwsCredentialsIdentity credentials, String service, String region) {
    this.credentials = credentials;
    this.service = service;
    this.region = region;
  }

  @Override
  public Optional<Answer> intercept(Received request) {
    Optional<String> problem = problem(request);
    if (problem.isEmpty()) {
      accepted.incrementAndGet();
      return Optional.empty();
    }
    rejections.add(request.method() + " " + request.pathAndQuery() + ": " + problem.get());
    return Optional.of(Answer.json(403, json(Map.of("message", problem.get()))));
  }

  public int accepted() {
    return accepted.get();
  }

  /** One line per refused request: method, path, and why. */
  public List<String> rejections() {
    return List.copyOf(rejections);
  }

  private Optional<String> problem(Received request) {
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
      return Optional.of("no Authorization header");
    }
    Matcher parts = AUTHORIZATION.matcher(authorization.get());
    if (!parts.matches()) {
      return Optional.of("not a SigV4 Authorization header: " + authorization.get());
    }
    Optional<Instant> time = requestTime(request);
    if (time.isEmpty()) {
      return Optional.of("no valid X-Amz-Date header");
    }
    return firstProblem(
        () -> scopeProblem(parts.group(1), time.get()),
        () -> payloadProblem(request),
        () -> signedHeadersProblem(List.of(parts.group(2).split(";")), request),
        () -> tokenProblem(request),
        () -> signatureProblem(request, List.of(parts.group(2).split(";")), time.get(),
            authorization.get()));
  }

  @SafeVarargs
  private static Optional<String> firstProblem(
      Supplier<Optional<String>>... checks) {
    for (var check : checks) {
      Optional<String> problem = check.get();
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private Optional<String> scopeProblem(String scope, Instant time) {
    String expected = credentials.accessKeyId() + "/" + AMZ_DATE.format(time).substring(0, 8)
        + "/" + region + "/" + service + "/aws4_request";
    if (!scope.equals(expected)) {
      return Optional.of("credential scope " + scope + ", expected " + expected);
    }
    if (Duration.between(time, Instant.now()).abs().compareTo(MAX_SKEW) > 0) {
      return Optional.of("X-Amz-Date " + AMZ_DATE.format(time) + " is too far from now");
    }
    return Optional.empty();
  }

  private static Optional<String> payloadProblem(Received request) {
    Optional<String> hash = request.header("x-amz-content-sha256");
    if (hash.isEmpty()) {
      return Optional.of("no x-amz-content-sha256 header");
    }
    if (!hash.get().equals(sha256(request.body()))) {
      return Optional.of("x-amz-content-sha256 is not the SHA-256 of the body received");
    }
    return Optional.empty();
  }

  private static Optional<String> signedHeadersProblem(List<String> signed, Received request) {
    if (!signed.containsAll(List.of("host", "x-amz-date", "x-amz-content-sha256"))) {
      return Optional.of("host, x-amz-date or x-amz-content-sha256 not signed: " + signed);
    }
    if (signed.contains("content-length")) {
      return Optional.of("content-length is signed (Serverless refuses that)");
    }
    return signed.stream().filter(name -> request.header(name).isEmpty()).findFirst()
        .map(name -> "signed header " + name + " was not sent");
  }

  private Optional<String> tokenProblem(Received request) {
    Optional<String> token = request.header("x-amz-security-token");
    Optional<String> expected = credentials instanceof AwsSessionCredentialsIdentity session
        ? Optional.of(session.sessionToken()) : Optional.empty();
    return token.equals(expected) ? Optional.empty()
        : Optional.of("x-amz-security-token " + token.orElse("missing") + ", expected "
            + expected.orElse("none"));
  }

  private Optional<String> signatureProblem(Received request, List<String> signed, Instant time,
      String authorization) {
    String recomputed = AwsV4HttpSigner.create().sign(sign -> sign
        .identity(credentials)
        .request(rebuilt(request, signed))
        .payload(() -> new ByteArrayInputStream(request.body()))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC)))
        .request().firstMatchingHeader("Authorization").orElseThrow();
    return recomputed.equals(authorization) ? Optional.empty()
        : Optional.of("the signature does not match the request received");
  }

  /** The request as received, with only the headers the signature covers. */
  private static SdkHttpRequest rebuilt(Received request, List<String> signed) {
    // A fresh builder each time: uri() on a builder with a path appends to that path.
    SdkHttpRequest.Builder rebuilt = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(request.method()))
        .uri(URI.create("http://" + request.header("Host").orElseThrow()
            + request.pathAndQuery()));
    for (String name : signed) {
      // The signer adds these two itself, from the clock and the body.
      if (!name.equals("x-amz-date") && !name.equals("x-amz-content-sha256")) {
        rebuilt.putHeader(name, allValues(request, name));
      }
    }
    return rebuilt.build();
  }

  private static String allValues(Received request, String name) {
    return request.headers().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .map(header -> String.join(",", header.getValue()))
        .findFirst().orElseThrow();
  }

  private static Optional<Instant> requestTime(Received request) {
    try {
      return request.header("X-Amz-Date").map(date -> AMZ_DATE.parse(date, Instant::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lowercase hex, as in {@code x-amz-content-sha256}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
