package dev.s3logs.source.s3;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The items of an SDK paginator, fetched page by page only as they are consumed, with the SDK's
 * failures translated. The paginator is made on first use: even creating its iterator can send
 * the first request.
 */
final class ListingIterator<T> implements Iterator<T> {

  private final Supplier<Iterator<T>> source;
  private final S3Errors errors;
  private Iterator<T> items;

  private ListingIterator(Supplier<Iterator<T>> source, S3Errors errors) {
    this.source = source;
    this.errors = errors;
  }

  static <T> Stream<T> stream(Supplier<Iterator<T>> source, S3Errors errors) {
    Iterator<T> iterator = new ListingIterator<>(source, errors);
    int characteristics = Spliterator.ORDERED | Spliterator.NONNULL;
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, characteristics),
        false);
  }

  @Override
  public boolean hasNext() {
    try {
      if (items == null) {
        items = source.get();
      }
      return items.hasNext();
    } catch (SdkException e) {
      throw errors.translate(e, S3Action.LIST);
    }
  }

  @Override
  public T next() {
    try {
      if (items == null) {
        items = source.get();
      }
      return items.next();
    } catch (SdkException e) {
      throw errors.translate(e, S3Action.LIST);
    }
  }
}
