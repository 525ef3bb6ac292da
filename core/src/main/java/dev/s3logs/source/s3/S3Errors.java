package dev.s3logs.source.s3;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Turns what the SDK throws for a listing or a read of one bucket into one line naming the
 * setting to fix. The SDK's own messages name neither the flag nor, for a bucket elsewhere, the
 * region to use.
 */
final class S3Errors {

  private static final Set<String> CREDENTIAL_CODES = Set.of("InvalidAccessKeyId",
      "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken", "TokenRefreshRequired");
  private static final Pattern PRINCIPAL = Pattern.compile("User: (\\S+) is not authorized");
  private static final Pattern EXPECTED_REGION = Pattern.compile("expecting '([a-z0-9-]+)'");
  private static final Pattern BODY_REGION = Pattern.compile("<Region>([a-z0-9-]+)</Region>");
  // A 301's body names the bucket's endpoint, such as logs.s3.eu-west-1.amazonaws.com.
  private static final Pattern BODY_ENDPOINT =
      Pattern.compile("<Endpoint>[^<]*\\bs3[.-]([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com");

  private final String bucket;
  private final String region;
  private final Optional<URI> endpoint;

  /**
   * @param region the region the client signs for
   * @param endpoint the client's endpoint when one was set, for the messages
   */
  S3Errors(String bucket, String region, Optional<URI> endpoint) {
    this.bucket = bucket;
    this.region = region;
    this.endpoint = endpoint;
  }

  static S3Errors of(S3Client s3, String bucket) {
    var configuration = s3.serviceClientConfiguration();
    return new S3Errors(bucket, configuration.region().id(), configuration.endpointOverride());
  }

  S3AccessException translate(SdkException e, S3Action action) {
    if (e instanceof AwsServiceException service) {
      return fromService(service, action);
    }
    return ioCause(e).map(io -> unreachable(io, e)).orElseGet(() -> failure(S3Problem.OTHER,
        "S3 " + action.request() + " failed: " + firstLine(e), e));
  }

  private S3AccessException fromService(AwsServiceException e, S3Action action) {
    String code = code(e);
    Optional<String> bucketRegion = bucketRegion(e).filter(r -> !r.equals(region));
    if (code.equals("NoSuchBucket")) {
      return failure(S3Problem.NO_BUCKET, "no bucket '" + bucket + "'" + where()
          + ": check the bucket of the s3:// URL" + endpointHint(), e);
    }
    if (bucketRegion.isPresent() || code.equals("PermanentRedirect") || e.statusCode() == 301) {
      return failure(S3Problem.WRONG_REGION, wrongRegion(bucketRegion), e);
    }
    if (CREDENTIAL_CODES.contains(code)) {
      return failure(S3Problem.CREDENTIALS_REFUSED, "AWS credentials refused by S3 (" + code
          + "): " + errorMessage(e) + ": check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
          + " AWS_PROFILE or --s3-role-arn", e);
    }
    if (code.equals("NoSuchKey") || (code.isEmpty() && e.statusCode() == 404)) {
      return failure(S3Problem.NO_OBJECT, "no such object (deleted since it was listed?)", e);
    }
    if (code.equals("PreconditionFailed") || e.statusCode() == 412) {
      // Only parts of an object continued from an earlier read ask for its ETag.
      return failure(S3Problem.OTHER, "the object changed since its first part was read (its"
          + " ETag is no longer the same): read it again whole", e);
    }
    if (code.equals("AccessDenied") || e.statusCode() == 403) {
      return failure(S3Problem.ACCESS_DENIED, accessDenied(e, action), e);
    }
    return failure(S3Problem.OTHER, "S3 " + action.request() + " failed: "
        + (code.isEmpty() ? "" : code + " ") + "(HTTP " + e.statusCode() + "): "
        + errorMessage(e), e);
  }

  private String wrongRegion(Optional<String> bucketRegion) {
    return bucketRegion
        .map(r -> "bucket '" + bucket + "' is in region " + r + ", not " + region
            + ": set --s3-region " + r + " or AWS_REGION")
        .orElse("bucket '" + bucket + "' is not in region " + region
            + ": set --s3-region or AWS_REGION to the bucket's region");
  }

  private String accessDenied(AwsServiceException e, S3Action action) {
    Matcher principal = PRINCIPAL.matcher(errorMessage(e));
    String on = action == S3Action.LIST ? " on bucket '" + bucket + "'" : "";
    String who = principal.find() ? " for " + principal.group(1) : "";
    return "access denied to " + action.iamAction() + on + who
        + ": check the IAM policy and the bucket policy, or --s3-role-arn";
  }

  private S3AccessException unreachable(IOException io, SdkException e) {
    String reason = io instanceof UnknownHostException
        ? "unknown host " + io.getMessage() : String.valueOf(io.getMessage());
    return failure(S3Problem.UNREACHABLE, "cannot reach S3" + where() + ": " + reason
        + ": check the network" + endpointHint(), e);
  }

  private String where() {
    return endpoint.map(uri -> " at " + uri).orElse(" in region " + region);
  }

  private String endpointHint() {
    return endpoint.isPresent() ? " and --s3-endpoint-url" : " (and AWS_ENDPOINT_URL_S3 if set)";
  }

  private static Optional<String> bucketRegion(AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    if (details == null) {
      return Optional.empty();
    }
    Optional<String> header = details.sdkHttpResponse() == null ? Optional.empty()
        : details.sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region");
    String body = details.rawResponse() == null ? "" : details.rawResponse().asUtf8String();
    return header.or(() -> find(EXPECTED_REGION, details.errorMessage()))
        .or(() -> find(BODY_REGION, body))
        .or(() -> find(BODY_ENDPOINT, body));
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text == null ? "" : text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Optional<IOException> ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
    }
    return Optional.empty();
  }

  private static String code(AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    return details == null || details.errorCode() == null ? "" : details.errorCode();
  }

  private static String errorMessage(AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    return details == null || details.errorMessage() == null ? firstLine(e)
        : details.errorMessage().strip();
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static S3AccessException failure(S3Problem problem, String message, SdkException e) {
    return new S3AccessException(problem, message, e);
  }
}
