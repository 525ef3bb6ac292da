package dev.s3logs.source.sqs;

import dev.s3logs.source.InputObject;
import dev.s3logs.source.Source;
import dev.s3logs.source.SourceObject;
import dev.s3logs.source.notification.CreatedObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The objects that a log bucket's notifications on an SQS queue name, for {@code s3logs run}.
 * {@code workers} threads receive messages; each message is deleted once every object it names
 * is acknowledged done, and left on the queue (hidden for a backoff) when one failed. Stops on
 * {@link #stop}, or by itself once the queue has been idle for {@code exitWhenIdle}.
 */
public final class SqsSource implements Source {

  private final QueueSettings settings;
  private final QueueCounters counters;
  private final Clock clock;
  private final SqsQueue queue;
  private final PollBackoff backoff = new PollBackoff();
  private final MessageKeeper keeper;
  private final BlockingQueue<SourceObject> ready = new LinkedBlockingQueue<>();
  private final Set<String> sighted = Collections.newSetFromMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > 10_000;
    }
  });
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private volatile boolean stopping;
  private volatile Instant lastMessage; // or the last work in flight

  /**
   * Checks the queue (it must exist and be readable) before any thread starts.
   *
   * @param objects makes the input of a created object (an S3 GET)
   * @throws QueueException naming the setting to fix
   */
  public SqsSource(SqsClient sqs, QueueSettings settings,
      Function<CreatedObject, InputObject> objects, QueueCounters counters, Clock clock) {
    this.settings = settings;
    this.counters = counters;
    this.clock = clock;
    this.queue = new SqsQueue(sqs, settings.queue());
    this.keeper = new MessageKeeper(queue, counters, backoff, settings.maxInFlight(), clock);
    this.lastMessage = clock.instant();
    for (int i = 0; i < settings.workers(); i++) {
      Thread thread = new Thread(new Poller(this, queue, keeper, objects, ready::add),
          "s3logs-sqs-" + i);
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public SourceObject next(Duration wait) {
    RuntimeException failure = fatal.get();
    if (failure != null) {
      throw failure;
    }
    try {
      return ready.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return null;
    }
  }

  @Override
  public boolean finished() {
    if (!ready.isEmpty() || !keeper.idle()) {
      touched(); // idle time counts from the end of the last work, not from its arrival
    } else if (settings.exitWhenIdle() != null
        && Duration.between(lastMessage, clock.instant()).compareTo(settings.exitWhenIdle()) > 0) {
      stopping = true;
    }
    return stopping && ready.isEmpty();
  }

  /** Receives no more; objects already received are still read and settled. */
  public void stop() {
    stopping = true;
  }

  /** Deletes what is settled and lets go of whatever is still in flight. */
  @Override
  public void close() {
    stop();
    keeper.close();
  }

  /** Why this consumer is not working, or null while it is: for a health check. */
  public String problem() {
    RuntimeException failure = fatal.get();
    if (failure != null) {
      return failure.getMessage();
    }
    return stopping ? "stopping" : null;
  }

  public QueueCounters counters() {
    return counters;
  }

  QueueSettings settings() {
    return settings;
  }

  PollBackoff backoff() {
    return backoff;
  }

  boolean stopping() {
    return stopping;
  }

  void touched() {
    lastMessage = clock.instant();
  }

  void fail(RuntimeException e) {
    fatal.compareAndSet(null, e);
    stopping = true;
  }

  /** True the first time a message id is seen, so that a bad message is logged once. */
  synchronized boolean firstSighting(String messageId) {
    return sighted.add(messageId);
  }
}
