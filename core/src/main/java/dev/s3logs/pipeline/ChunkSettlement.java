package dev.s3logs.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The objects that one chunk's documents came from, held until the sink has settled every one
 * of those documents (stored, or kept in the dead letters, or failed). A sink that sends a chunk
 * in several requests {@link #hold holds} it once per request and {@link #release releases} it
 * as each request ends; the chunk itself starts with one hold, released once it is accepted.
 */
public final class ChunkSettlement {

  private final List<ObjectProgress> objects = new ArrayList<>(2);
  private final AtomicInteger holds = new AtomicInteger(1);

  /** Adds an object to the chunk (once per object), holding it for the chunk. */
  void add(ObjectProgress object) {
    object.hold();
    objects.add(object);
  }

  public void hold() {
    holds.incrementAndGet();
  }

  public void release() {
    if (holds.decrementAndGet() == 0) {
      objects.forEach(ObjectProgress::release);
    }
  }

  /** Fails every object of the chunk, e.g. when its documents could not be written at all. */
  public void failAll(String reason) {
    objects.forEach(object -> object.fail(reason));
  }
}
