package dev.s3logs.sink.search;

import dev.s3logs.pipeline.ChunkItems;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.sink.deadletter.DeadLetter;
import dev.s3logs.sink.http.HttpTransport;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Sends documents to the engine's {@code _bulk} API in requests of about
 * {@link BulkSettings#maxBytes}, several in flight. {@link #accept} blocks while every sender is
 * busy, which holds the readers back instead of piling documents up in memory. A problem that
 * stops the run (credentials refused, dead letters that cannot be written) is thrown from the
 * next {@link #accept} or from {@link #finish}.
 */
public final class BulkIndexer implements AutoCloseable {

  private final BulkSettings settings;
  private final BulkSender sender;
  private final IngestCounters counters;
  private final ExecutorService senders;
  private final Semaphore slots;
  private final SeenIds seen;
  private BulkRequest current;
  private volatile RuntimeException fatal;

  /**
   * @param dropRepeats skip documents whose id was sent lately: for engines that take no ids of
   *     ours and so cannot tell a repeat themselves
   */
  public BulkIndexer(HttpTransport http, BulkSettings settings, DeadLetter deadLetter,
      IngestCounters counters, boolean dropRepeats) {
    this.settings = settings;
    this.seen = dropRepeats ? new SeenIds() : null;
    this.sender = new BulkSender(http, settings, deadLetter, counters);
    this.counters = counters;
    this.senders = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
      Thread thread = new Thread(runnable, "s3logs-bulk");
      thread.setDaemon(true);
      return thread;
    });
    this.slots = new Semaphore(settings.concurrency());
    this.current = newRequest();
  }

  /** Queues the chunk's documents; the chunk's buffer may be released when this returns. */
  public void accept(NdjsonChunk chunk) {
    throwIfFailed();
    ChunkItems items = chunk.items();
    for (int i = 0; i < items.count(); i++) {
      if (seen != null && !seen.add(items.idHigh(i), items.idLow(i))) {
        counters.repeatsDropped.incrementAndGet();
        continue;
      }
      int length = items.end(i) - items.start(i);
      if (current.itemCount() > 0 && current.size() + length > settings.maxBytes()) {
        submit();
      }
      current.add(chunk.buffer(), items, i);
    }
  }

  /** Sends what is queued and waits until every request has been answered. */
  public void finish() {
    if (current.itemCount() > 0) {
      submit();
    }
    slots.acquireUninterruptibly(settings.concurrency());
    slots.release(settings.concurrency());
    throwIfFailed();
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }

  private void submit() {
    BulkRequest request = current;
    current = newRequest();
    slots.acquireUninterruptibly();
    senders.execute(() -> {
      try {
        if (fatal == null) {
          sender.send(request);
        } else {
          counters.notStored.addAndGet(request.itemCount());
        }
      } catch (RuntimeException e) {
        counters.notStored.addAndGet(request.itemCount());
        fatal = e;
      } finally {
        slots.release();
      }
    });
  }

  private BulkRequest newRequest() {
    return new BulkRequest(settings.maxBytes() + (settings.maxBytes() >> 3));
  }

  private void throwIfFailed() {
    if (fatal != null) {
      throw fatal;
    }
  }
}
