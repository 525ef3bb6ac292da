package dev.s3logs.lambda.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.lambda.SampleEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What Lambda's SQS event source mapping does with ReportBatchItemFailures, done by a test:
 * receives up to ten messages, invokes the function with them, and deletes every message the
 * response does not name as failed (all of them, when the invocation itself failed, stay).
 */
public final class EventSourceMapping {

  /** One poll: the messages handed to the function, those it failed, and its answer. */
  public record Poll(List<Message> messages, List<String> failed, Outcome outcome) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqsClient sqs;
  private final String queueUrl;
  private final String queueArn;
  private final LambdaFunction function;

  public EventSourceMapping(SqsClient sqs, String queueUrl, LambdaFunction function) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
        .get(QueueAttributeName.QUEUE_ARN);
    this.function = function;
  }

  public String queueArn() {
    return queueArn;
  }

  /** Polls once; empty when no message came within a second. */
  public Optional<Poll> poll(Duration timeout) {
    List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
        .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
    if (messages.isEmpty()) {
      return Optional.empty();
    }
    Outcome outcome = function.invoke(SampleEvents.sqs(queueArn, messages.stream()
        .map(m -> new SampleEvents.Message(m.messageId(), m.body())).toList()), timeout);
    List<String> failed = outcome.failed()
        ? messages.stream().map(Message::messageId).toList() : failedIds(outcome.body());
    for (Message message : messages) {
      if (!failed.contains(message.messageId())) {
        sqs.deleteMessage(request -> request.queueUrl(queueUrl)
            .receiptHandle(message.receiptHandle()));
      }
    }
    return Optional.of(new Poll(messages, failed, outcome));
  }

  /** The messages a batch response names. */
  public static List<String> failedIds(String response) {
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode failure : JSON.readTree(response).get("batchItemFailures")) {
        ids.add(failure.get("itemIdentifier").asText());
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("not a batch response: " + response, e);
    }
  }
}
