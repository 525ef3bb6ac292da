package dev.s3logs.lambda;

import dev.s3logs.lambda.event.Continuation;
import dev.s3logs.lambda.event.QueueArn;
import dev.s3logs.source.s3.S3Position;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Leaves the rest of an object on the queue its message came from, for a later invocation. */
final class ContinuationSender {

  private final SqsClient sqs;

  ContinuationSender(SqsClient sqs) {
    this.sqs = sqs;
  }

  /**
   * @param queueArn the queue of the message that named the object
   * @return null once sent, else why it could not be
   */
  String send(String queueArn, S3Position rest) {
    try {
      String url = QueueArn.parse(queueArn).url();
      sqs.sendMessage(request -> request.queueUrl(url).messageBody(Continuation.body(rest)));
      return null;
    } catch (IllegalArgumentException | SdkException e) {
      return "cannot leave the rest of " + rest.name() + " on the queue: " + e.getMessage();
    }
  }
}
