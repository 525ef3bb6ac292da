package dev.s3logs.pipeline;

import dev.s3logs.source.Acknowledgement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One object on its way through the pipeline. The reader holds it while reading, and every chunk
 * with lines of it holds it until the sink has settled that chunk; the last release acknowledges
 * the object, as done unless something failed it on the way. Thread-safe.
 */
public final class ObjectProgress {

  private final String name;
  private final Acknowledgement ack;
  private final AtomicInteger holds = new AtomicInteger(1);
  private final AtomicReference<String> failure = new AtomicReference<>();

  /** Held once, by the reader that creates it. */
  public ObjectProgress(String name, Acknowledgement ack) {
    this.name = name;
    this.ack = ack;
  }

  public String name() {
    return name;
  }

  void hold() {
    holds.incrementAndGet();
  }

  /** Marks the object failed (the first reason is kept); it is still released as usual. */
  public void fail(String reason) {
    failure.compareAndSet(null, reason);
  }

  public void release() {
    if (holds.decrementAndGet() == 0) {
      String reason = failure.get();
      if (reason == null) {
        ack.done();
      } else {
        ack.failed(reason);
      }
    }
  }
}
