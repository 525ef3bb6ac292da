package dev.s3logs.pipeline;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Output buffers that go round between workers and the thread that writes their results. A
 * worker's chunk of documents is several megabytes; handing the buffer itself on, instead of a
 * copy, and getting it back once written saves the copy and the allocation on every chunk.
 * Thread-safe. A buffer that is never given back is simply left to the garbage collector.
 */
public final class BufferPool {

  private static final int INITIAL_SIZE = 1 << 16;

  private final ArrayBlockingQueue<byte[]> free;

  /** Keeps at most {@code capacity} idle buffers. */
  public BufferPool(int capacity) {
    this.free = new ArrayBlockingQueue<>(capacity);
  }

  /** An idle buffer, or a new small one (writers grow it as needed). */
  public byte[] take() {
    byte[] buffer = free.poll();
    return buffer != null ? buffer : new byte[INITIAL_SIZE];
  }

  /** Returns a buffer for reuse; its contents are no longer read. */
  public void give(byte[] buffer) {
    free.offer(buffer);
  }
}
