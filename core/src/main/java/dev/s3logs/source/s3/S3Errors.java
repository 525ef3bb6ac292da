package dev.s3logs.source.s3;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Turns what S3 answers to a listing (through the SDK) or a read (see {@link S3Reads}) of one
 * bucket into one line naming the setting to fix. The SDK's own messages name neither the flag
 * nor, for a bucket elsewhere, the region to use.
 */
final class S3Errors {

  private static final Set<String> CREDENTIAL_CODES = Set.of("InvalidAccessKeyId",
      "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken", "TokenRefreshRequired");
  private static final Pattern PRINCIPAL = Pattern.compile("User: (\\S+) is not authorized");

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
      return refused(S3Answer.of(service), action, e);
    }
    return ioCause(e).map(io -> unreachable(io, e)).orElseGet(() -> failure(S3Problem.OTHER,
        "S3 " + action.request() + " failed: " + S3Answer.firstLine(e), e));
  }

  /** What S3's refusal of a request means, in one line naming the setting to fix. */
  S3AccessException refused(S3Answer answer, S3Action action, Throwable cause) {
    String code = answer.code();
    int status = answer.status();
    Optional<String> bucketRegion = answer.bucketRegion().filter(r -> !r.equals(region));
    if (code.equals("NoSuchBucket")) {
      return failure(S3Problem.NO_BUCKET, "no bucket '" + bucket + "'" + where()
          + ": check the bucket of the s3:// URL" + endpointHint(), cause);
    }
    if (bucketRegion.isPresent() || code.equals("PermanentRedirect") || status == 301) {
      return failure(S3Problem.WRONG_REGION, wrongRegion(bucketRegion), cause);
    }
    if (CREDENTIAL_CODES.contains(code)) {
      return failure(S3Problem.CREDENTIALS_REFUSED, "AWS credentials refused by S3 (" + code
          + "): " + answer.message() + ": check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
          + " AWS_PROFILE or --s3-role-arn", cause);
    }
    if (code.equals("NoSuchKey") || (code.isEmpty() && status == 404)) {
      return failure(S3Problem.NO_OBJECT, "no such object (deleted since it was listed?)", cause);
    }
    if (code.equals("PreconditionFailed") || status == 412) {
      // Only parts of an object continued from an earlier read ask for its ETag.
      return failure(S3Problem.OTHER, "the object changed since its first part was read (its"
          + " ETag is no longer the same): read it again whole", cause);
    }
    if (code.equals("AccessDenied") || status == 403) {
      return failure(S3Problem.ACCESS_DENIED, accessDenied(answer.message(), action), cause);
    }
    return failure(S3Problem.OTHER, "S3 " + action.request() + " failed: "
        + (code.isEmpty() ? "" : code + " ") + "(HTTP " + status + "): " + answer.message(),
        cause);
  }

  private String wrongRegion(Optional<String> bucketRegion) {
    return bucketRegion
        .map(r -> "bucket '" + bucket + "' is in region " + r + ", not " + region
            + ": set --s3-region " + r + " or AWS_REGION")
        .orElse("bucket '" + bucket + "' is not in region " + region
            + ": set --s3-region or AWS_REGION to the bucket's region");
  }

  private String accessDenied(String message, S3Action action) {
    Matcher principal = PRINCIPAL.matcher(message);
    String on = action == S3Action.LIST ? " on bucket '" + bucket + "'" : "";
    String who = principal.find() ? " for " + principal.group(1) : "";
    return "access denied to " + action.iamAction() + on + who
        + ": check the IAM policy and the bucket policy, or --s3-role-arn";
  }

  /** S3 could not be reached at all. */
  S3AccessException unreachable(IOException io, Throwable e) {
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

  private static Optional<IOException> ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
    }
    return Optional.empty();
  }

  private static S3AccessException failure(S3Problem problem, String message, Throwable e) {
    return new S3AccessException(problem, message, e);
  }
}
