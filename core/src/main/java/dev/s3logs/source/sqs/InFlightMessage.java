package dev.s3logs.source.sqs;

import dev.s3logs.source.Acknowledgement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A received message whose objects are being read: settled once every object is acknowledged,
 * as done when all of them are, failed otherwise. Remembers until when it stays invisible, so
 * that it can be kept before SQS hands it to another consumer. Thread-safe.
 */
final class InFlightMessage {

  private final String id;
  private final String receipt;
  private final AtomicInteger pending;
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final Consumer<InFlightMessage> settled;
  private volatile Instant invisibleUntil;

  InFlightMessage(String id, String receipt, int objects, Instant invisibleUntil,
      Consumer<InFlightMessage> settled) {
    this.id = id;
    this.receipt = receipt;
    this.pending = new AtomicInteger(objects);
    this.invisibleUntil = invisibleUntil;
    this.settled = settled;
  }

  String id() {
    return id;
  }

  String receipt() {
    return receipt;
  }

  Instant invisibleUntil() {
    return invisibleUntil;
  }

  void keptUntil(Instant until) {
    invisibleUntil = until;
  }

  /** Why an object failed, or null when every object was done. */
  String failure() {
    return failure.get();
  }

  /** The acknowledgement for one of its objects. */
  Acknowledgement objectAck() {
    return new Acknowledgement() {
      @Override
      public void done() {
        objectSettled();
      }

      @Override
      public void failed(String reason) {
        failure.compareAndSet(null, reason);
        objectSettled();
      }
    };
  }

  private void objectSettled() {
    if (pending.decrementAndGet() == 0) {
      settled.accept(this);
    }
  }
}
