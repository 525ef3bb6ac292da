package dev.s3logs.pipeline;

import dev.s3logs.source.Source;
import dev.s3logs.source.SourceObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Opens the next few objects of a source on threads of its own while the current one is read,
 * and reads the first {@link #HEAD} bytes of each: a log bucket holds thousands of small objects
 * and each GET waits tens of milliseconds, so fetching one at a time would leave the parser
 * idle. Objects come out in source order. Memory is bounded by {@code depth} heads, however many
 * objects the source has; a larger object keeps its connection open and is streamed on its turn.
 */
final class Prefetcher implements AutoCloseable {

  static final int HEAD = 256 * 1024;

  private final Source source;
  private final int depth;
  private final ExecutorService fetchers;
  private final ArrayDeque<Future<OpenedObject>> ahead = new ArrayDeque<>();

  Prefetcher(Source source, int depth) {
    this.source = source;
    this.depth = depth;
    this.fetchers = Executors.newFixedThreadPool(depth, runnable -> {
      Thread thread = new Thread(runnable, "s3logs-fetch");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The next object in source order; null when none came within {@code wait}. */
  OpenedObject next(Duration wait) {
    topUp(ahead.isEmpty() ? wait : Duration.ZERO);
    return ahead.isEmpty() ? null : await(ahead.remove());
  }

  /** True when the source is finished and every object has been handed out. */
  boolean ended() {
    return ahead.isEmpty() && source.finished();
  }

  @Override
  public void close() {
    fetchers.shutdownNow();
  }

  private void topUp(Duration firstWait) {
    Duration wait = firstWait;
    while (ahead.size() < depth) {
      SourceObject object = source.next(wait);
      if (object == null) {
        return;
      }
      ahead.add(fetchers.submit(() -> open(object)));
      wait = Duration.ZERO;
    }
  }

  private static OpenedObject open(SourceObject object) {
    InputStream raw = null;
    try {
      raw = object.input().open();
      byte[] head = raw.readNBytes(HEAD);
      if (head.length < HEAD) {
        raw.close();
        return new OpenedObject(object, new ByteArrayInputStream(head), null);
      }
      return new OpenedObject(object,
          new SequenceInputStream(new ByteArrayInputStream(head), raw), null);
    } catch (IOException e) {
      closeQuietly(raw);
      return new OpenedObject(object, null, e);
    } catch (RuntimeException e) {
      // An SDK error on one object (removed since it was listed, access denied) fails that
      // object, not the run.
      closeQuietly(raw);
      return new OpenedObject(object, null, new IOException(e.getMessage(), e));
    }
  }

  private static void closeQuietly(InputStream stream) {
    try {
      if (stream != null) {
        stream.close();
      }
    } catch (IOException ignored) {
      // the object has already failed; its own error is the one worth reporting
    }
  }

  private static OpenedObject await(Future<OpenedObject> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching objects", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("fetching an object failed: " + e.getCause(), e.getCause());
    }
  }
}
