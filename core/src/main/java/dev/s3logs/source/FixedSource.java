package dev.s3logs.source;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * A source of objects known up front, each with whom to tell once its documents are stored: the
 * objects one Lambda invocation names, each acknowledged to the message or event that named it.
 */
public final class FixedSource implements Source {

  private final Iterator<SourceObject> objects;

  public FixedSource(List<SourceObject> objects) {
    this.objects = List.copyOf(objects).iterator();
  }

  @Override
  public SourceObject next(Duration wait) {
    return objects.hasNext() ? objects.next() : null;
  }

  @Override
  public boolean finished() {
    return !objects.hasNext();
  }
}
