package dev.s3logs.source.sqs;

import java.util.concurrent.atomic.AtomicLong;

/** What the consumer did with its messages, for logs and metrics. Thread-safe. */
public final class QueueCounters {

  public final AtomicLong received = new AtomicLong();
  /** Deleted after every object was stored, or because there was nothing to read. */
  public final AtomicLong deleted = new AtomicLong();
  /** Messages some object of which failed: left on the queue to be received again. */
  public final AtomicLong failed = new AtomicLong();
  /** Bodies that are no notification: left alone for the queue's redrive policy. */
  public final AtomicLong unrecognised = new AtomicLong();
  public final AtomicLong testEvents = new AtomicLong();
  public final AtomicLong visibilityExtensions = new AtomicLong();
  public final AtomicLong objects = new AtomicLong();
}
