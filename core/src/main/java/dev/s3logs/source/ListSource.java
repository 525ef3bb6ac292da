package dev.s3logs.source;

import java.time.Duration;
import java.util.Iterator;

/**
 * A source with a known end: named files, an S3 listing. Objects are taken from the iterator
 * lazily, so a listing of millions of keys is not held in memory.
 */
public final class ListSource implements Source {

  private final Iterator<? extends InputObject> inputs;

  public ListSource(Iterator<? extends InputObject> inputs) {
    this.inputs = inputs;
  }

  public ListSource(Iterable<? extends InputObject> inputs) {
    this(inputs.iterator());
  }

  @Override
  public SourceObject next(Duration wait) {
    return inputs.hasNext() ? new SourceObject(inputs.next(), Acknowledgement.NONE) : null;
  }

  @Override
  public boolean finished() {
    return !inputs.hasNext();
  }
}
