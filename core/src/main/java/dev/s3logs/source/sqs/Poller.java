package dev.s3logs.source.sqs;

import dev.s3logs.source.InputObject;
import dev.s3logs.source.SourceObject;
import dev.s3logs.source.notification.CreatedObject;
import dev.s3logs.source.notification.Notification;
import dev.s3logs.source.notification.NotificationReader;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One receiving thread: long-polls the queue while there is room for more messages in flight,
 * and turns each message into objects to read, a delete (test events, nothing to read), or
 * nothing at all (a body that is no notification, left for the queue's redrive policy).
 */
final class Poller implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
  private static final int BATCH = 10;

  private final SqsSource source;
  private final SqsQueue queue;
  private final MessageKeeper keeper;
  private final Function<CreatedObject, InputObject> objects;
  private final Consumer<SourceObject> ready;

  Poller(SqsSource source, SqsQueue queue, MessageKeeper keeper,
      Function<CreatedObject, InputObject> objects, Consumer<SourceObject> ready) {
    this.source = source;
    this.queue = queue;
    this.keeper = keeper;
    this.objects = objects;
    this.ready = ready;
  }

  @Override
  public void run() {
    try {
      while (!source.stopping()) {
        pause(source.backoff().delay());
        if (keeper.reserve(BATCH, Duration.ofSeconds(1))) {
          receiveOnce();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The outer loop of a worker: a QueueException (the queue cannot be used) or anything
      // else, the run must hear of it, not hang.
      source.fail(e);
    }
  }

  private void receiveOnce() throws InterruptedException {
    List<Message> messages;
    try {
      messages = queue.receive(source.settings().receiveWait());
    } catch (SdkException e) {
      keeper.unreserve(BATCH);
      if (QueueErrors.isFatal(e)) {
        throw new QueueException(QueueErrors.explain(e, queue.name()), e);
      }
      LOG.warn("{}; trying again", QueueErrors.explain(e, queue.name()));
      pause(Duration.ofSeconds(2));
      return;
    }
    keeper.unreserve(BATCH - messages.size());
    if (!messages.isEmpty()) {
      source.touched();
    }
    messages.forEach(this::handle);
  }

  private void handle(Message message) {
    source.counters().received.incrementAndGet();
    if (source.stopping()) {
      keeper.unreserve(1);
      release(message);
      return;
    }
    Notification notification = source.settings().keys()
        .apply(NotificationReader.read(message.body()));
    if (notification instanceof Notification.ObjectsCreated created) {
      read(message, created.objects());
    } else if (notification instanceof Notification.TestEvent) {
      source.counters().testEvents.incrementAndGet();
      LOG.info("deleting S3's test event (message {})", message.messageId());
      keeper.delete(message.receiptHandle());
    } else if (notification instanceof Notification.NothingToRead nothing) {
      LOG.debug("deleting message {}: {}", message.messageId(), nothing.why());
      keeper.delete(message.receiptHandle());
    } else if (notification instanceof Notification.Unrecognised unknown) {
      unrecognised(message, unknown.reason());
    }
  }

  private void read(Message message, List<CreatedObject> created) {
    InFlightMessage inFlight = keeper.track(message, created.size());
    for (CreatedObject object : created) {
      source.counters().objects.incrementAndGet();
      ready.accept(new SourceObject(objects.apply(object), inFlight.objectAck()));
    }
  }

  private void unrecognised(Message message, String reason) {
    keeper.unreserve(1);
    source.counters().unrecognised.incrementAndGet();
    if (source.firstSighting(message.messageId())) {
      LOG.warn("message {} is not an S3 notification, left on the queue for its redrive policy"
          + " (dead-letter queue): {}", message.messageId(), reason);
    }
  }

  /** Received after the stop: handed straight back, for another consumer to take. */
  private void release(Message message) {
    try {
      queue.changeVisibility(List.of(message.receiptHandle()), Duration.ZERO);
    } catch (SdkException e) {
      LOG.info("message {} comes back when its visibility timeout ends: {}",
          message.messageId(), QueueErrors.explain(e, queue.name()));
    }
  }

  private static void pause(Duration delay) throws InterruptedException {
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis());
    }
  }
}
