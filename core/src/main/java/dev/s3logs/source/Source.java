package dev.s3logs.source;

import java.time.Duration;

/**
 * Where input objects come from: named paths, an S3 listing, notifications on a queue. The
 * pipeline asks for one object at a time; a source that has nothing right now says so, so that
 * the pipeline can store and acknowledge what it holds instead of waiting with it.
 */
public interface Source extends AutoCloseable {

  /**
   * The next object, waiting at most {@code wait} for one; null when none came in that time or
   * the source is {@link #finished()}.
   */
  SourceObject next(Duration wait);

  /** True once the source will give no more objects. */
  boolean finished();

  @Override
  default void close() {
  }
}
