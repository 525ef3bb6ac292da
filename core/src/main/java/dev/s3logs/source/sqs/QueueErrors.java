package dev.s3logs.source.sqs;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Says in one line what an SQS error means for the user and which setting to fix; tells the
 * errors that stop the run from those worth waiting out.
 */
final class QueueErrors {

  private QueueErrors() {
  }

  /** True when retrying cannot help: the configuration is wrong. */
  static boolean isFatal(SdkException e) {
    if (e instanceof QueueDoesNotExistException) {
      return true;
    }
    if (e instanceof SqsException sqs && sqs.awsErrorDetails() != null) {
      if (sqs.isThrottlingException()) {
        // SQS answers throttling with a 400 (JSON) or 403 (query): waiting is the cure
        return false;
      }
      int status = sqs.statusCode();
      return status == 400 || status == 403 || status == 404;
    }
    return false;
  }

  static String explain(SdkException e, String queue) {
    if (e instanceof QueueDoesNotExistException) {
      return "no queue " + queue + " (check --queue, and --s3-region or AWS_REGION for the"
          + " region it is in)";
    }
    if (e instanceof SqsException sqs && sqs.awsErrorDetails() != null) {
      return explain(sqs.awsErrorDetails().errorCode(), sqs.awsErrorDetails().errorMessage(),
          queue);
    }
    if (e instanceof SdkClientException) {
      return "cannot reach SQS for " + queue + ": " + firstLine(e.getMessage())
          + " (check the network, or --sqs-endpoint-url)";
    }
    return "SQS failed for " + queue + ": " + firstLine(e.getMessage());
  }

  private static String explain(String code, String message, String queue) {
    String said = " (" + code + ": " + firstLine(message) + ")";
    return switch (code == null ? "" : code) {
      case "AccessDenied", "AccessDeniedException" -> "access denied to queue " + queue
          + ": allow sqs:ReceiveMessage, sqs:DeleteMessage, sqs:ChangeMessageVisibility and"
          + " sqs:GetQueueAttributes to these credentials, or set --s3-role-arn to a role that"
          + " may" + said;
      case "InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch",
          "InvalidSignatureException", "ExpiredToken", "IncompleteSignature" ->
          "AWS credentials refused by SQS: check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
              + " AWS_PROFILE or --s3-role-arn" + said;
      case "AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExist" -> "no queue " + queue
          + " (check --queue, and --s3-region or AWS_REGION for the region it is in)";
      default -> "SQS refused a request for queue " + queue
          + ": check --queue and --sqs-endpoint-url" + said;
    };
  }

  /** The SDK's messages may run on with details: the user gets one line. */
  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}
