package dev.s3logs.lambda;

import dev.s3logs.lambda.event.Continuation;
import dev.s3logs.lambda.event.SqsMessage;
import dev.s3logs.source.notification.CreatedObject;
import dev.s3logs.source.notification.KeyFilter;
import dev.s3logs.source.notification.Notification;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import dev.s3logs.source.notification.Notification.Unrecognised;
import dev.s3logs.source.notification.NotificationReader;
import dev.s3logs.source.s3.S3Position;
import java.util.List;
import java.util.Optional;

/**
 * What one SQS message asks for: the objects of a notification (the same bodies {@code run}
 * reads: direct, through SNS, from EventBridge), the rest of an object in a continuation of ours,
 * nothing (the S3 test event, keys outside the filter), or something unreadable, which fails so
 * that the queue's redrive policy moves it to the dead-letter queue.
 *
 * @param starts where to read, in the message's order; empty when there is nothing to read
 * @param unreadable why the message cannot be read, or null
 */
record MessageWork(SqsMessage message, List<S3Position> starts, String unreadable) {

  static MessageWork read(SqsMessage message, KeyFilter keys) {
    Optional<S3Position> continued;
    try {
      continued = Continuation.read(message.body());
    } catch (IllegalArgumentException e) {
      return new MessageWork(message, List.of(), e.getMessage());
    }
    if (continued.isPresent()) {
      return new MessageWork(message, List.of(continued.get()), null);
    }
    Notification notification = keys.apply(NotificationReader.read(message.body()));
    if (notification instanceof Unrecognised unrecognised) {
      return new MessageWork(message, List.of(), "not a notification: " + unrecognised.reason());
    }
    List<S3Position> starts = notification instanceof ObjectsCreated created
        ? created.objects().stream().map(MessageWork::start).toList() : List.of();
    return new MessageWork(message, starts, null);
  }

  private static S3Position start(CreatedObject object) {
    return S3Position.start(object.bucket(), object.key());
  }
}
