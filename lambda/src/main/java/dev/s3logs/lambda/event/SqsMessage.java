package dev.s3logs.lambda.event;

/**
 * One message of an SQS event, as the event source mapping hands it to the function.
 *
 * @param messageId what the batch response names when the message failed
 * @param body the message's body: a notification, or a continuation of ours
 * @param eventSourceArn the queue's ARN, where a continuation goes; empty when absent
 */
public record SqsMessage(String messageId, String body, String eventSourceArn) {
}
