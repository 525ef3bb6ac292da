package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3AnswerTest {

  @Test
  void theCodeAndMessageComeFromTheXmlBody() {
    S3Answer answer = S3Answer.of(404, Optional.empty(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist &amp; never"
        + " did</Message><Key>logs/a</Key></Error>");
    assertThat(answer.code()).isEqualTo("NoSuchKey");
    assertThat(answer.message()).isEqualTo("The specified key does not exist & never did");
    assertThat(answer.bucketRegion()).isEmpty();
  }

  @Test
  void anAnswerWithoutBodyIsItsStatus() {
    S3Answer answer = S3Answer.of(403, Optional.empty(), "");
    assertThat(answer.code()).isEmpty();
    assertThat(answer.message()).isEqualTo("HTTP 403");
  }

  @Test
  void theBucketsRegionComesFromTheHeaderElseTheBody() {
    assertThat(S3Answer.of(301, Optional.of("eu-west-1"), "").bucketRegion())
        .contains("eu-west-1");
    assertThat(S3Answer.of(301, Optional.empty(), "<Error><Code>PermanentRedirect</Code>"
        + "<Endpoint>logs.s3.eu-central-1.amazonaws.com</Endpoint></Error>").bucketRegion())
        .contains("eu-central-1");
    assertThat(S3Answer.of(400, Optional.empty(), "<Error><Code>AuthorizationHeaderMalformed"
        + "</Code><Message>the region 'us-east-1' is wrong; expecting 'ap-south-1'</Message>"
        + "</Error>").bucketRegion()).contains("ap-south-1");
  }

  @Test
  void aRefusalOverHttpReadsAsTheSdksDid() {
    S3Errors errors = new S3Errors("logs", "us-east-1", Optional.empty());
    S3AccessException wrongRegion = errors.refused(S3Answer.of(301, Optional.of("eu-west-1"),
        ""), S3Action.GET, null);
    assertThat(wrongRegion.problem()).isEqualTo(S3Problem.WRONG_REGION);
    assertThat(wrongRegion).hasMessage("bucket 'logs' is in region eu-west-1, not us-east-1:"
        + " set --s3-region eu-west-1 or AWS_REGION");
    S3AccessException denied = errors.refused(S3Answer.of(403, Optional.empty(),
        "<Error><Code>AccessDenied</Code><Message>User: arn:aws:sts::1:assumed-role/f/x is not"
        + " authorized to perform: s3:GetObject</Message></Error>"), S3Action.GET, null);
    assertThat(denied.problem()).isEqualTo(S3Problem.ACCESS_DENIED);
    assertThat(denied).hasMessage("access denied to s3:GetObject for"
        + " arn:aws:sts::1:assumed-role/f/x: check the IAM policy and the bucket policy, or"
        + " --s3-role-arn");
  }
}
