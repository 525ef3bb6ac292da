package dev.s3logs.source.sqs;

import dev.s3logs.source.notification.KeyFilter;
import java.time.Duration;

/**
 * How {@code s3logs run} consumes its queue.
 *
 * @param queue the queue's name or URL
 * @param workers threads receiving messages, each up to 10 a call
 * @param receiveWait how long one receive waits for messages (long polling, at most 20 s)
 * @param keys which created objects to read
 * @param exitWhenIdle end once the queue has been empty this long with nothing in flight, or
 *     null to run until stopped
 */
public record QueueSettings(String queue, int workers, Duration receiveWait, KeyFilter keys,
    Duration exitWhenIdle) {

  public QueueSettings {
    if (queue == null || queue.isBlank()) {
      throw new IllegalArgumentException("no queue: give --queue NAME_OR_URL (or SQS_QUEUE_NAME)");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("--workers must be at least 1: got " + workers);
    }
    if (receiveWait.isNegative() || receiveWait.getSeconds() > 20) {
      throw new IllegalArgumentException("a receive waits 0 to 20 seconds: got " + receiveWait);
    }
    if (exitWhenIdle != null && exitWhenIdle.isNegative()) {
      throw new IllegalArgumentException("--exit-when-idle must be 0 seconds or more: got "
          + exitWhenIdle.toSeconds());
    }
  }

  /** Messages received but not yet settled, at most: bounds memory and visibility upkeep. */
  int maxInFlight() {
    return workers * 10 * 2;
  }
}
