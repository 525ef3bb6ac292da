package dev.s3logs.source.sqs;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One queue, through the SDK: what the consumer needs of it, in batches where SQS has them. A
 * queue named by its URL is used as it is; a name is looked up once. Thread-safe.
 */
final class SqsQueue {

  private static final int BATCH = 10;

  private final SqsClient sqs;
  private final String name;
  private final String url;
  private final Duration visibilityTimeout;

  /** @throws QueueException when the queue cannot be found or read */
  SqsQueue(SqsClient sqs, String nameOrUrl) {
    this.sqs = sqs;
    this.name = nameOrUrl;
    try {
      this.url = nameOrUrl.startsWith("https://") || nameOrUrl.startsWith("http://")
          ? nameOrUrl : sqs.getQueueUrl(r -> r.queueName(nameOrUrl)).queueUrl();
      String seconds = sqs.getQueueAttributes(r -> r.queueUrl(url)
              .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
          .attributes().get(QueueAttributeName.VISIBILITY_TIMEOUT);
      this.visibilityTimeout = Duration.ofSeconds(Long.parseLong(seconds));
    } catch (SdkException e) {
      throw new QueueException(QueueErrors.explain(e, nameOrUrl), e);
    }
  }

  String name() {
    return name;
  }

  /** The queue's own visibility timeout: how long a received message stays ours. */
  Duration visibilityTimeout() {
    return visibilityTimeout;
  }

  List<Message> receive(Duration wait) {
    return sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(BATCH)
            .waitTimeSeconds((int) wait.getSeconds())
            .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
        .messages();
  }

  /** Deletes messages by receipt handle; returns how many SQS confirmed. */
  int delete(List<String> receipts) {
    int deleted = 0;
    for (List<String> batch : batches(receipts)) {
      deleted += sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(
          IntStream.range(0, batch.size()).mapToObj(i -> DeleteMessageBatchRequestEntry.builder()
              .id(Integer.toString(i)).receiptHandle(batch.get(i)).build()).toList()))
          .successful().size();
    }
    return deleted;
  }

  /** Sets how long the messages stay invisible from now: to keep them, or 0 to let them go. */
  void changeVisibility(List<String> receipts, Duration visibleIn) {
    for (List<String> batch : batches(receipts)) {
      sqs.changeMessageVisibilityBatch(r -> r.queueUrl(url).entries(
          IntStream.range(0, batch.size()).mapToObj(i ->
              ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                  .receiptHandle(batch.get(i))
                  .visibilityTimeout((int) visibleIn.getSeconds()).build()).toList()));
    }
  }

  private static List<List<String>> batches(List<String> items) {
    return IntStream.range(0, (items.size() + BATCH - 1) / BATCH)
        .mapToObj(b -> items.subList(b * BATCH, Math.min(items.size(), (b + 1) * BATCH)))
        .toList();
  }
}
