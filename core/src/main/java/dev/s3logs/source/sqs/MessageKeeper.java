package dev.s3logs.source.sqs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Looks after the messages in flight: bounds how many there are, keeps each invisible while its
 * objects are read (extending its visibility well before it runs out, so a large object is
 * never handed to a second consumer mid-flight), deletes settled messages in batches, and hides
 * failed ones for the backoff delay so that SQS offers them again later.
 */
final class MessageKeeper implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MessageKeeper.class);
  private static final Duration DELETE_EVERY = Duration.ofMillis(100);

  private final SqsQueue queue;
  private final QueueCounters counters;
  private final PollBackoff backoff;
  private final Clock clock;
  private final Semaphore permits;
  private final Map<String, InFlightMessage> tracked = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> toDelete = new ConcurrentLinkedQueue<>();
  private final ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "s3logs-sqs-upkeep");
        thread.setDaemon(true);
        return thread;
      });

  MessageKeeper(SqsQueue queue, QueueCounters counters, PollBackoff backoff, int maxInFlight,
      Clock clock) {
    this.queue = queue;
    this.counters = counters;
    this.backoff = backoff;
    this.clock = clock;
    this.permits = new Semaphore(maxInFlight);
    long check = Math.max(200, Math.min(10_000, visibility().toMillis() / 4));
    upkeep.scheduleWithFixedDelay(this::flushDeletes, DELETE_EVERY.toMillis(),
        DELETE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    upkeep.scheduleWithFixedDelay(this::extendVisibility, check, check, TimeUnit.MILLISECONDS);
  }

  /** Waits up to {@code wait} for room for {@code n} more messages. */
  boolean reserve(int n, Duration wait) throws InterruptedException {
    return permits.tryAcquire(n, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  void unreserve(int n) {
    permits.release(n);
  }

  /** Follows a message with {@code objects} objects to read; its permit is taken already. */
  InFlightMessage track(Message message, int objects) {
    InFlightMessage inFlight = new InFlightMessage(message.messageId(),
        message.receiptHandle(), objects, clock.instant().plus(visibility()), this::settled);
    tracked.put(message.receiptHandle(), inFlight);
    return inFlight;
  }

  /** A message with nothing to read: deleted with the next batch; gives its permit back. */
  void delete(String receipt) {
    permits.release();
    toDelete.add(receipt);
  }

  /** True when no message is waiting for its objects. */
  boolean idle() {
    return tracked.isEmpty();
  }

  /**
   * Deletes what is settled, and lets go of the messages still in flight (visibility 0). An
   * upkeep call under way is let finish, not interrupted: an interrupted delete would put its
   * batch back after this last flush, and those messages would be received again.
   */
  @Override
  public void close() {
    upkeep.shutdown();
    boolean interrupted = Thread.interrupted();
    try {
      while (!upkeep.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.warn("still waiting for a call to SQS to end");
      }
    } catch (InterruptedException e) {
      interrupted = true;
    }
    try {
      flushDeletes();
      releaseUnsettled();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void releaseUnsettled() {
    List<String> unsettled = new ArrayList<>(tracked.keySet());
    if (!unsettled.isEmpty()) {
      LOG.info("releasing {} messages still in flight to the queue", unsettled.size());
      call(() -> queue.changeVisibility(unsettled, Duration.ZERO), "release messages");
    }
  }

  private Duration visibility() {
    return queue.visibilityTimeout().isZero() ? Duration.ofSeconds(1) : queue.visibilityTimeout();
  }

  private void settled(InFlightMessage message) {
    tracked.remove(message.receipt());
    permits.release();
    if (message.failure() == null) {
      backoff.success();
      toDelete.add(message.receipt());
      return;
    }
    counters.failed.incrementAndGet();
    backoff.failure();
    Duration hidden = backoff.delay();
    LOG.warn("message {} stays on the queue, to be received again in about {} s: {}",
        message.id(), hidden.toSeconds(), message.failure());
    try {
      upkeep.execute(() -> call(() -> queue.changeVisibility(List.of(message.receipt()), hidden),
          "hide a failed message"));
    } catch (RejectedExecutionException closed) {
      // settled after the keeper closed (a stop that timed out): SQS offers the message again
      // when its visibility timeout ends
    }
  }

  private void flushDeletes() {
    List<String> batch = new ArrayList<>();
    for (String receipt; (receipt = toDelete.poll()) != null; ) {
      batch.add(receipt);
    }
    if (!batch.isEmpty() && !call(() -> counters.deleted.addAndGet(queue.delete(batch)),
        "delete messages")) {
      toDelete.addAll(batch); // tried again with the next batch
    }
  }

  private void extendVisibility() {
    Instant now = clock.instant();
    Duration visibility = visibility();
    Duration half = visibility.dividedBy(2);
    List<InFlightMessage> due = tracked.values().stream()
        .filter(m -> Duration.between(now, m.invisibleUntil()).compareTo(half) < 0)
        .toList();
    if (!due.isEmpty() && call(() -> queue.changeVisibility(
        due.stream().map(InFlightMessage::receipt).toList(), visibility), "extend visibility")) {
      due.forEach(m -> m.keptUntil(now.plus(visibility)));
      counters.visibilityExtensions.addAndGet(due.size());
    }
  }

  /** Upkeep goes on through SQS hiccups: a failed call is logged and tried on the next tick. */
  private boolean call(Runnable action, String what) {
    try {
      action.run();
      return true;
    } catch (SdkException e) {
      LOG.warn("cannot {} on {}: {}", what, queue.name(), QueueErrors.explain(e, queue.name()));
      return false;
    }
  }
}
