package dev.s3logs.source.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

class QueueErrorsTest {

  private static final String CREDENTIALS = "AWS credentials refused by SQS: check"
      + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE or --s3-role-arn";

  @Test
  void aMissingQueueNamesTheQueueAndTheRegionSettings() {
    SdkException e = QueueDoesNotExistException.builder().statusCode(400)
        .awsErrorDetails(details("AWS.SimpleQueueService.NonExistentQueue", "no such queue"))
        .build();
    assertThat(QueueErrors.explain(e, "logs-queue")).isEqualTo("no queue logs-queue (check"
        + " --queue, and --s3-region or AWS_REGION for the region it is in)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void theQueryProtocolsCodeForAMissingQueueSaysTheSame() {
    SdkException e = error(400, "AWS.SimpleQueueService.NonExistentQueue", "gone");
    assertThat(QueueErrors.explain(e, "q")).isEqualTo("no queue q (check --queue, and"
        + " --s3-region or AWS_REGION for the region it is in)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void accessDeniedListsThePermissionsAndTheRoleSetting() {
    SdkException e = error(403, "AccessDenied",
        "User: arn:aws:iam::123456789012:user/x is not authorized");
    assertThat(QueueErrors.explain(e, "q")).isEqualTo("access denied to queue q: allow"
        + " sqs:ReceiveMessage, sqs:DeleteMessage, sqs:ChangeMessageVisibility and"
        + " sqs:GetQueueAttributes to these credentials, or set --s3-role-arn to a role that"
        + " may (AccessDenied: User: arn:aws:iam::123456789012:user/x is not authorized)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void anUnknownKeyIdIsRefusedCredentials() {
    SdkException e = error(403, "InvalidClientTokenId", "The security token is invalid.");
    assertThat(QueueErrors.explain(e, "q"))
        .isEqualTo(CREDENTIALS + " (InvalidClientTokenId: The security token is invalid.)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void aWrongSecretIsRefusedCredentials() {
    SdkException e = error(403, "SignatureDoesNotMatch", "The request signature we calculated"
        + " does not match the signature you provided.");
    assertThat(QueueErrors.explain(e, "q")).isEqualTo(CREDENTIALS + " (SignatureDoesNotMatch:"
        + " The request signature we calculated does not match the signature you provided.)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void anExpiredSessionIsRefusedCredentials() {
    SdkException e = error(403, "ExpiredToken", "The security token included in the request is"
        + " expired");
    assertThat(QueueErrors.explain(e, "q")).isEqualTo(CREDENTIALS + " (ExpiredToken: The"
        + " security token included in the request is expired)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void anUnknownRefusalNamesTheSettingsThatShapeTheRequest() {
    SdkException e = error(400, "InvalidAddress", "The address https://x/ is not valid");
    assertThat(QueueErrors.explain(e, "q")).isEqualTo("SQS refused a request for queue q:"
        + " check --queue and --sqs-endpoint-url (InvalidAddress: The address https://x/ is not"
        + " valid)");
    assertThat(QueueErrors.isFatal(e)).isTrue();
  }

  @Test
  void aNetworkFailureIsWaitedOut() {
    SdkException e = SdkClientException.create("Unable to execute HTTP request: Connection"
        + " refused");
    assertThat(QueueErrors.explain(e, "q")).isEqualTo("cannot reach SQS for q: Unable to execute"
        + " HTTP request: Connection refused (check the network, or --sqs-endpoint-url)");
    assertThat(QueueErrors.isFatal(e)).isFalse();
  }

  @Test
  void aThrottledRequestIsWaitedOut() {
    // SQS's JSON protocol answers throttling with a 400: retrying later is the cure
    assertThat(QueueErrors.isFatal(error(400, "ThrottlingException", "Rate exceeded"))).isFalse();
    assertThat(QueueErrors.isFatal(error(403, "RequestThrottled", "slow down"))).isFalse();
  }

  @Test
  void everyMessageIsOneLine() {
    assertThat(QueueErrors.explain(error(400, "X", "two\nlines"), "q")).doesNotContain("\n");
    assertThat(QueueErrors.explain(SdkClientException.create("a\nb"), "q")).doesNotContain("\n");
  }

  private static SdkException error(int status, String code, String message) {
    return SqsException.builder().awsErrorDetails(details(code, message)).statusCode(status)
        .build();
  }

  private static AwsErrorDetails details(String code, String message) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage(message).build();
  }
}
