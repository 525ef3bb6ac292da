package dev.s3logs.lambda;

import dev.s3logs.lambda.event.Continuation;
import dev.s3logs.lambda.event.QueueArn;
import dev.s3logs.source.s3.S3Position;
import software.amazon.awssdk.core.exception.SdkException;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Leaves the rest of an object on the queue its message came from, for a later invocation. Its
 * SQS client is built on the first continuation, not at init: few invocations continue, and
 * building it cost every cold start its share of class loading.
 */
final class ContinuationSender {

  private final Supplier<SqsClient> clients;
  private SqsClient sqs;

  ContinuationSender(Supplier<SqsClient> clients) {
    this.clients = clients;
  }

  /**
   * @param queueArn the queue of the message that named the object
   * @return null once sent, else why it could not be
   */
  String send(String queueArn, S3Position rest) {
    try {
      String url = QueueArn.parse(queueArn).url();
      client().sendMessage(request -> request.queueUrl(url).messageBody(Continuation.body(rest)));
      return null;
    } catch (IllegalArgumentException | SdkException e) {
      return "cannot leave the rest of " + rest.name() + " on the queue: " + e.getMessage();
    }
  }

  // One invocation at a time runs in an execution environment: no other thread builds it.
  private SqsClient client() {
    if (sqs == null) {
      sqs = clients.get();
    }
    return sqs;
  }
}
