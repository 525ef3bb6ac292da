package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ErrorsTest {

  private final S3Errors errors = new S3Errors("logs", "us-east-1", Optional.empty());

  @Test
  void noBucketNamesTheBucketOfTheUrl() {
    SdkException e = NoSuchBucketException.builder().statusCode(404)
        .awsErrorDetails(details("NoSuchBucket", "The specified bucket does not exist", 404))
        .build();
    S3AccessException failure = errors.translate(e, S3Action.LIST);
    assertThat(failure.problem()).isEqualTo(S3Problem.NO_BUCKET);
    assertThat(failure).hasMessage("no bucket 'logs' in region us-east-1: check the bucket of the"
        + " s3:// URL (and AWS_ENDPOINT_URL_S3 if set)").hasCause(e);
    S3Errors local = new S3Errors("logs", "us-east-1", Optional.of(URI.create("http://[::1]:9")));
    assertThat(local.translate(e, S3Action.LIST)).hasMessage("no bucket 'logs' at"
        + " http://[::1]:9: check the bucket of the s3:// URL and --s3-endpoint-url");
  }

  @Test
  void aRedirectNamesTheBucketsRegionFromItsHeader() {
    SdkHttpResponse response = SdkHttpResponse.builder().statusCode(301)
        .putHeader("x-amz-bucket-region", "eu-west-1").build();
    SdkException e = serviceError(301, AwsErrorDetails.builder().errorCode("PermanentRedirect")
        .errorMessage("The bucket you are attempting to access must be addressed using the"
            + " specified endpoint.").sdkHttpResponse(response).build());
    S3AccessException failure = errors.translate(e, S3Action.LIST);
    assertThat(failure.problem()).isEqualTo(S3Problem.WRONG_REGION);
    assertThat(failure).hasMessage("bucket 'logs' is in region eu-west-1, not us-east-1: set"
        + " --s3-region eu-west-1 or AWS_REGION");
  }

  @Test
  void aRedirectWithoutTheHeaderReadsTheEndpointInItsBody() {
    String body = "<Error><Code>PermanentRedirect</Code><Endpoint>logs.s3.ap-southeast-2"
        + ".amazonaws.com</Endpoint><Bucket>logs</Bucket></Error>";
    SdkException e = serviceError(301, details("PermanentRedirect", "moved", 301).toBuilder()
        .rawResponse(SdkBytes.fromUtf8String(body)).build());
    assertThat(errors.translate(e, S3Action.GET)).hasMessageStartingWith(
        "bucket 'logs' is in region ap-southeast-2, not us-east-1: set --s3-region ap-southeast-2");
  }

  @Test
  void aMalformedAuthorizationHeaderNamesTheRegionItExpected() {
    SdkException e = serviceError(400, details("AuthorizationHeaderMalformed", "The"
        + " authorization header is malformed; the region 'us-east-1' is wrong; expecting"
        + " 'eu-central-1'", 400));
    assertThat(errors.translate(e, S3Action.LIST)).hasMessageContaining(
        "is in region eu-central-1, not us-east-1: set --s3-region eu-central-1 or AWS_REGION");
  }

  @Test
  void aRedirectWithNoRegionAnywhereStillSaysWhatToSet() {
    SdkException e = serviceError(301, details(null, null, 301));
    S3AccessException failure = errors.translate(e, S3Action.LIST);
    assertThat(failure.problem()).isEqualTo(S3Problem.WRONG_REGION);
    assertThat(failure).hasMessage("bucket 'logs' is not in region us-east-1: set --s3-region or"
        + " AWS_REGION to the bucket's region");
  }

  @Test
  void theRegionHeaderOfOtherErrorsIsNotARedirect() {
    SdkHttpResponse response = SdkHttpResponse.builder().statusCode(403)
        .putHeader("x-amz-bucket-region", "us-east-1").build();
    SdkException e = serviceError(403, AwsErrorDetails.builder().errorCode("AccessDenied")
        .errorMessage("Access Denied").sdkHttpResponse(response).build());
    assertThat(errors.translate(e, S3Action.LIST).problem()).isEqualTo(S3Problem.ACCESS_DENIED);
  }

  @Test
  void accessDeniedNamesTheActionAndThePrincipal() {
    SdkException e = serviceError(403, details("AccessDenied", "User:"
        + " arn:aws:sts::123456789012:assumed-role/reader/s3logs is not authorized to perform:"
        + " s3:ListBucket on resource: \"arn:aws:s3:::logs\" because no identity-based policy"
        + " allows the s3:ListBucket action", 403));
    S3AccessException failure = errors.translate(e, S3Action.LIST);
    assertThat(failure.problem()).isEqualTo(S3Problem.ACCESS_DENIED);
    assertThat(failure.problem().stopsTheRun()).isFalse();
    assertThat(failure).hasMessage("access denied to s3:ListBucket on bucket 'logs' for"
        + " arn:aws:sts::123456789012:assumed-role/reader/s3logs: check the IAM policy and the"
        + " bucket policy, or --s3-role-arn");
    SdkException plain = serviceError(403, details("AccessDenied", "Access Denied", 403));
    assertThat(errors.translate(plain, S3Action.GET)).hasMessage("access denied to s3:GetObject:"
        + " check the IAM policy and the bucket policy, or --s3-role-arn");
  }

  @Test
  void refusedCredentialsSayWhichAndWhereTheyComeFrom() {
    for (String code : new String[] {"InvalidAccessKeyId", "SignatureDoesNotMatch",
        "ExpiredToken"}) {
      SdkException e = serviceError(403, details(code, "The provided token has expired.", 403));
      S3AccessException failure = errors.translate(e, S3Action.LIST);
      assertThat(failure.problem()).isEqualTo(S3Problem.CREDENTIALS_REFUSED);
      assertThat(failure.problem().stopsTheRun()).isTrue();
      assertThat(failure).hasMessage("AWS credentials refused by S3 (" + code + "): The provided"
          + " token has expired.: check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE"
          + " or --s3-role-arn");
    }
  }

  @Test
  void aMissingObjectConcernsThatObjectOnly() {
    SdkException e = serviceError(404, details("NoSuchKey", "The specified key does not exist.",
        404));
    S3AccessException failure = errors.translate(e, S3Action.GET);
    assertThat(failure.problem()).isEqualTo(S3Problem.NO_OBJECT);
    assertThat(failure.problem().stopsTheRun()).isFalse();
    assertThat(failure).hasMessage("no such object (deleted since it was listed?)");
  }

  @Test
  void anUnreachableEndpointIsNamed() {
    S3Errors local = new S3Errors("logs", "us-east-1",
        Optional.of(URI.create("http://127.0.0.1:1")));
    SdkException refused = SdkClientException.builder().message("Unable to execute HTTP request:"
        + " Connection refused").cause(new ConnectException("Connection refused")).build();
    S3AccessException failure = local.translate(refused, S3Action.LIST);
    assertThat(failure.problem()).isEqualTo(S3Problem.UNREACHABLE);
    assertThat(failure).hasMessage("cannot reach S3 at http://127.0.0.1:1: Connection refused:"
        + " check the network and --s3-endpoint-url");
    SdkException unknown = SdkClientException.builder().message("Received an"
        + " UnknownHostException").cause(new UnknownHostException("s3.nowhere.example")).build();
    assertThat(errors.translate(unknown, S3Action.GET)).hasMessage("cannot reach S3 in region"
        + " us-east-1: unknown host s3.nowhere.example: check the network (and"
        + " AWS_ENDPOINT_URL_S3 if set)");
  }

  @Test
  void anythingElseKeepsS3sCodeAndFirstLine() {
    SdkException slow = serviceError(503, details("SlowDown", "Please reduce your request rate.",
        503));
    assertThat(errors.translate(slow, S3Action.LIST)).hasMessage("S3 ListObjectsV2 failed:"
        + " SlowDown (HTTP 503): Please reduce your request rate.");
    SdkException client = SdkClientException.create("Unable to marshall request\nsecond line");
    S3AccessException failure = errors.translate(client, S3Action.GET);
    assertThat(failure.problem()).isEqualTo(S3Problem.OTHER);
    assertThat(failure).hasMessage("S3 GetObject failed: Unable to marshall request");
  }

  private static AwsErrorDetails details(String code, String message, int status) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage(message)
        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build()).build();
  }

  private static SdkException serviceError(int status, AwsErrorDetails details) {
    return S3Exception.builder().statusCode(status).awsErrorDetails(details).build();
  }
}
