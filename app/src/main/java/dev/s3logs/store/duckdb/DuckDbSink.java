package dev.s3logs.store.duckdb;

import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.sink.Sink;
import dev.s3logs.sink.search.IngestCounters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests into a DuckDB file ({@link DuckDbStore}): chunks are staged as NDJSON until a batch
 * is large enough, and a batch is loaded ({@link BatchLoader}) on a thread of its own while the
 * next one is staged, so that parsing does not wait for DuckDB. One batch loads at a time; the
 * sink waits for it before handing over the next, which bounds the disk and memory used.
 */
public final class DuckDbSink implements Sink {

  /** Large enough that a statement's fixed cost (planning, commit) does not count. */
  static final long BATCH_BYTES = 32L << 20;

  private final DuckDbStore store;
  private final Path stagingDirectory;
  private final BatchLoader loader;
  private final long batchBytes;
  private final ExecutorService loading = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "duckdb-load");
    thread.setDaemon(true);
    return thread;
  });
  private Batch current;
  private Future<?> previous = CompletableFuture.completedFuture(null);

  /** @param stagingDirectory where the batches being gathered are written */
  public DuckDbSink(DuckDbStore store, Path stagingDirectory, IngestCounters counters,
      Clock clock) {
    this(store, stagingDirectory, counters, clock, BATCH_BYTES);
  }

  DuckDbSink(DuckDbStore store, Path stagingDirectory, IngestCounters counters, Clock clock,
      long batchBytes) {
    this.store = store;
    this.stagingDirectory = stagingDirectory;
    this.loader = new BatchLoader(store, counters, clock);
    this.batchBytes = batchBytes;
  }

  @Override
  public DocumentFraming newFraming() {
    return new IdFraming();
  }

  @Override
  public boolean needsItems() {
    return false;
  }

  @Override
  public void accept(NdjsonChunk chunk) {
    if (current == null) {
      current = new Batch(stagingDirectory);
    }
    try {
      current.add(chunk);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage documents for "
          + store.location().describe() + " in " + stagingDirectory + ": " + e.getMessage(), e);
    } finally {
      chunk.release();
    }
    if (current.documents().bytes() >= batchBytes) {
      submit();
    }
  }

  @Override
  public void flush() {
    submit();
  }

  @Override
  public void finish() {
    submit();
    awaitPrevious();
  }

  /** Failed lines kept in {@code dead_letters} (new or already there). */
  public long deadLettersKept() {
    return loader.deadLettersKept();
  }

  private void submit() {
    if (current == null || current.isEmpty()) {
      return;
    }
    awaitPrevious();
    Batch batch = current;
    current = null;
    previous = loading.submit(() -> loader.load(batch));
  }

  private void awaitPrevious() {
    try {
      previous.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading into "
          + store.location().describe(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("loading into " + store.location().describe()
          + " failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    loading.shutdown();
    try (store) {
      awaitPrevious();
      if (current != null) {
        current.close();
      }
    } catch (IOException e) {
      throw new StoreException("cannot remove a staging file in " + stagingDirectory + ": "
          + e.getMessage(), e);
    }
  }
}
