package dev.s3logs.sink.aws;

import dev.s3logs.sink.http.HttpCall;
import dev.s3logs.sink.http.RequestAuth;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * AWS Signature Version 4, for Amazon OpenSearch Service and OpenSearch Serverless (and reads
 * of S3 objects), with the AWS SDK's signer. Signs the body as it goes on the wire (compressed,
 * when it is) and always sends its hash in {@code x-amz-content-sha256}, which Serverless
 * requires. Credentials are asked for on every request: the SDK's providers cache them and renew
 * them before they expire, so a long run outlives its role's temporary credentials. Thread-safe.
 */
public final class AwsSigV4Auth implements RequestAuth {

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  /**
   * Never given to the signer: java.net.http sets the first three itself (a signed
   * Content-Length is even refused by Serverless), the signer sets the others.
   */
  private static final Set<String> NOT_SIGNED = Set.of("host", "content-length", "connection",
      "authorization", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token");

  private final AwsTarget target;
  private final AwsCredentialsProvider credentials;

  public AwsSigV4Auth(AwsTarget target, AwsCredentialsProvider credentials) {
    this.target = target;
    this.credentials = credentials;
  }

  @Override
  public HttpCall authorize(HttpCall call) {
    AwsCredentials identity = currentCredentials();
    SdkHttpRequest signed = SIGNER.sign(sign -> sign
        .identity(identity)
        .request(unsigned(call))
        .payload(() -> new ByteArrayInputStream(call.body()))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, target.service())
        .putProperty(AwsV4HttpSigner.REGION_NAME, target.region())
        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
        // S3 signs the path as it is sent; the other services sign it normalised, encoded twice.
        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, !isS3())
        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, !isS3()))
        .request();
    return new HttpCall(call.method(), call.uri(), sentHeaders(signed), call.body());
  }

  private boolean isS3() {
    return "s3".equals(target.service());
  }

  private AwsCredentials currentCredentials() {
    try {
      return credentials.resolveCredentials();
    } catch (SdkException e) {
      throw new AwsAuthException("cannot get AWS credentials to sign with: " + e.getMessage(), e);
    }
  }

  private static SdkHttpRequest unsigned(HttpCall call) {
    // A fresh builder: uri() on a builder that already has a path appends to it.
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(call.method()))
        .uri(call.uri())
        .putHeader("Host", hostHeader(call.uri()));
    call.headers().forEach((name, value) -> {
      if (!NOT_SIGNED.contains(name.toLowerCase(Locale.ROOT))) {
        request.putHeader(name, value);
      }
    });
    return request.build();
  }

  /** The Host that java.net.http sends for this URI: the port only when it is not the default. */
  static String hostHeader(URI uri) {
    int port = uri.getPort();
    int standard = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return port == -1 || port == standard ? uri.getHost() : uri.getHost() + ":" + port;
  }

  /** Every header of the signed request but Host, which java.net.http derives from the URI. */
  private static Map<String, String> sentHeaders(SdkHttpRequest signed) {
    Map<String, String> headers = new LinkedHashMap<>();
    signed.forEachHeader((name, values) -> {
      if (!name.equalsIgnoreCase("host")) {
        headers.put(name, String.join(",", values));
      }
    });
    return headers;
  }

  @Override
  public String toString() {
    return "AWS SigV4 signing for " + target.service() + " in " + target.region();
  }
}
