package dev.s3logs.sink;

import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;

/**
 * Where documents end up. Workers write each document framed the way the sink wants it; the
 * pipeline then hands the sink each chunk of output, in input order, on one thread. The sink
 * releases the chunk's {@link dev.s3logs.pipeline.ChunkSettlement settlement} once every document
 * and failure of the chunk is stored or kept (failing the objects whose documents could not be),
 * which is what acknowledges the objects.
 */
public interface Sink extends AutoCloseable {

  /** The framing for one worker thread (framings need not be thread-safe). */
  DocumentFraming newFraming();

  /** Whether workers should record where each document ends and its line (for batching). */
  boolean needsItems();

  /**
   * Takes a chunk's documents and its parse failures. May block to slow the readers down;
   * releases the chunk's buffer when done with it.
   */
  void accept(NdjsonChunk chunk);

  /** Starts storing whatever it holds back, without waiting: the input has gone quiet. */
  void flush();

  /** Stores everything accepted so far and waits until it is settled, or throws why not. */
  void finish();

  @Override
  void close();
}
