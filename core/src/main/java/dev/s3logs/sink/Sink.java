package dev.s3logs.sink;

import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;

/**
 * Where documents end up. Workers write each document framed the way the sink wants it; the
 * pipeline then hands the sink each chunk of output, in input order, on one thread.
 */
public interface Sink extends AutoCloseable {

  /** The framing for one worker thread (framings need not be thread-safe). */
  DocumentFraming newFraming();

  /**
   * Takes a chunk's documents and its parse failures. May block to slow the readers down;
   * releases the chunk's buffer when done with it.
   */
  void accept(NdjsonChunk chunk);

  /** Stores everything accepted so far, or throws why it could not. */
  void finish();

  @Override
  void close();
}
