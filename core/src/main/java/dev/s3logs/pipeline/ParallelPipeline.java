package dev.s3logs.pipeline;

import dev.s3logs.record.ParseFailure;
import dev.s3logs.source.LineHandler;
import dev.s3logs.source.LineReader;
import dev.s3logs.source.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads opened objects on the calling thread, hands chunks of lines to worker threads, and passes
 * the workers' results on in input order, so output is the same as a sequential run. Memory is
 * bounded: at most a few chunks per worker are in flight, and their buffers go round instead of
 * being made anew for each chunk. A chunk holds the objects its lines came from (see
 * {@link ChunkSettlement}).
 *
 * @param <R> what a worker makes of one chunk
 */
public final class ParallelPipeline<R> implements AutoCloseable {

  private final ExecutorService workers;
  private final ThreadLocal<Function<LineChunk, R>> workerState;
  private final Consumer<R> output;
  private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;
  private final ArrayBlockingQueue<LineChunk> idleChunks;
  private final Chunker chunker;

  /**
   * @param workerFactory makes the per-thread state that turns a chunk into a result; the chunk
   *     is used again once the function returns, so the result must not refer to it
   * @param output receives results in input order, on the calling thread
   */
  public ParallelPipeline(int threads, Supplier<Function<LineChunk, R>> workerFactory,
      Consumer<R> output) {
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "s3logs-parse");
      thread.setDaemon(true);
      return thread;
    });
    this.workerState = ThreadLocal.withInitial(workerFactory);
    this.output = output;
    this.maxInFlight = maxInFlight(threads);
    this.idleChunks = new ArrayBlockingQueue<>(maxInFlight + threads + 1);
    this.chunker = new Chunker();
  }

  /** How many chunks can be read ahead of the output: enough to keep every worker busy. */
  public static int maxInFlight(int threads) {
    return threads * 2 + 1;
  }

  /**
   * Reads one object to its end, gunzipping it when it is gzip, and closes the stream. Lines read
   * before a failure are passed on all the same.
   *
   * @throws IOException when the object could not be read to the end
   */
  public void process(ObjectProgress object, InputStream raw) throws IOException {
    chunker.object = object;
    try (InputStream in = ObjectReader.open(raw)) {
      new LineReader(in).forEach(chunker);
    }
  }

  /** Passes on everything read so far, waiting for the workers: the input has gone quiet. */
  public void flush() {
    chunker.submitPending();
    while (!inFlight.isEmpty()) {
      emitOldest();
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private void submit(LineChunk chunk) {
    inFlight.add(workers.submit(() -> {
      R result = workerState.get().apply(chunk);
      chunk.clear();
      idleChunks.offer(chunk);
      return result;
    }));
    while (inFlight.size() > maxInFlight || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
      emitOldest();
    }
  }

  private void emitOldest() {
    try {
      output.accept(inFlight.remove().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for parse workers", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a parse worker failed: " + e.getCause(), e.getCause());
    }
  }

  /** Collects blocks of lines into chunks. */
  private final class Chunker implements LineHandler {

    private ObjectProgress object;
    private LineChunk chunk = idleChunk();

    @Override
    public void lines(byte[] buffer, int from, int to, long firstLineNumber) {
      if (!chunk.add(object, buffer, from, to, firstLineNumber)) {
        submit(chunk);
        chunk = idleChunk();
        chunk.add(object, buffer, from, to, firstLineNumber);
      }
    }

    @Override
    public void tooLong(byte[] buffer, int from, int to, long lineNumber, long length) {
      chunk.addReadFailure(object, ParseFailure.of(object.name(), lineNumber, "line is " + length
          + " bytes, longer than the " + (to - from) + "-byte limit; only its beginning is kept",
          buffer, from, to));
    }

    void submitPending() {
      if (!chunk.isEmpty()) {
        submit(chunk);
        chunk = idleChunk();
      }
    }
  }

  private LineChunk idleChunk() {
    LineChunk idle = idleChunks.poll();
    return idle != null ? idle : new LineChunk();
  }
}
