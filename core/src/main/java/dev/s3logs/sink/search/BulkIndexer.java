package dev.s3logs.sink.search;

import dev.s3logs.pipeline.ChunkItems;
import dev.s3logs.pipeline.ChunkSettlement;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.deadletter.DeadLetterRecord;
import dev.s3logs.sink.deadletter.DeadLetters;
import dev.s3logs.sink.http.HttpTransport;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Sends documents and dead letters to the engine's {@code _bulk} API in requests of about
 * {@link BulkSettings#maxBytes}, several in flight. {@link #accept} blocks while every sender is
 * busy, which holds the readers back instead of piling documents up in memory. Each request
 * settles the chunks it carried once all its items are settled. A problem that stops the run
 * (credentials refused, dead letters that cannot be written) fails the objects of the request
 * and is thrown from the next {@link #accept} or from {@link #finish}.
 */
public final class BulkIndexer implements AutoCloseable {

  private final BulkSettings settings;
  private final BulkSender sender;
  private final DeadLetters deadLetters;
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
  public BulkIndexer(HttpTransport http, BulkSettings settings, DeadLetters deadLetters,
      IngestCounters counters, boolean dropRepeats) {
    this.settings = settings;
    this.seen = dropRepeats ? new SeenIds() : null;
    this.sender = new BulkSender(http, settings, deadLetters, counters);
    this.deadLetters = deadLetters;
    this.counters = counters;
    this.senders = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
      Thread thread = new Thread(runnable, "s3logs-bulk");
      thread.setDaemon(true);
      return thread;
    });
    this.slots = new Semaphore(settings.concurrency());
    this.current = newRequest();
  }

  /**
   * Queues the chunk's documents and the dead letters of its parse failures; the chunk's buffer
   * may be released when this returns, and its settlement is released here once queued.
   */
  public void accept(NdjsonChunk chunk) {
    ChunkSettlement settlement = chunk.settlement();
    try {
      throwIfFailed();
      for (ParseFailure failure : chunk.failures()) {
        keep(DeadLetterRecord.of(failure), settlement);
      }
      ChunkItems items = chunk.items();
      for (int i = 0; i < items.count(); i++) {
        if (seen != null && !seen.add(items.idHigh(i), items.idLow(i))) {
          counters.repeatsDropped.incrementAndGet();
          continue;
        }
        makeRoom(items.end(i) - items.start(i));
        current.add(chunk.buffer(), items, i);
      }
    } catch (RuntimeException e) {
      settlement.failAll(String.valueOf(e.getMessage()));
      throw e;
    } finally {
      settlement.release();
    }
  }

  /** Sends what is queued, without waiting for the answer. */
  public void flush() {
    if (current.itemCount() > 0) {
      submit();
    }
  }

  /** Sends what is queued and waits until every request has been answered. */
  public void finish() {
    flush();
    slots.acquireUninterruptibly(settings.concurrency());
    slots.release(settings.concurrency());
    throwIfFailed();
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }

  /** A parse failure: into the request as a dead letter for the index, or into the file. */
  private void keep(DeadLetterRecord record, ChunkSettlement settlement) {
    if (deadLetters.index() == null) {
      deadLetters.file().add(record);
      return;
    }
    byte[] item = deadLetters.index().item(record);
    makeRoom(item.length);
    current.addDeadLetter(item, record, settlement);
  }

  private void makeRoom(int length) {
    if (current.itemCount() > 0 && current.size() + length > settings.maxBytes()) {
      submit();
    }
  }

  private void submit() {
    BulkRequest request = current;
    current = newRequest();
    slots.acquireUninterruptibly();
    senders.execute(() -> {
      try {
        send(request);
      } finally {
        request.settle();
        slots.release();
      }
    });
  }

  private void send(BulkRequest request) {
    try {
      if (fatal == null) {
        sender.send(request);
        return;
      }
    } catch (RuntimeException e) {
      fatal = e;
    }
    for (int i = 0; i < request.itemCount(); i++) {
      request.fail(i, fatal.getMessage());
    }
    counters.notStored.addAndGet(request.itemCount());
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
