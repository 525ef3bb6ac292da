package dev.s3logs.assembly;

import dev.s3logs.source.InputObject;
import dev.s3logs.source.LazyFlatMap;
import dev.s3logs.source.LocalInputs;
import dev.s3logs.source.s3.LogDateRange;
import dev.s3logs.source.s3.S3Listing;
import dev.s3logs.source.s3.S3Location;
import dev.s3logs.source.s3.S3Reads;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The objects that command-line arguments name, in order: local files and directories,
 * {@code -} for standard input, and {@code s3://bucket/prefix} listings. Local arguments are
 * checked at once (a missing file stops the run before any work); S3 listings are read lazily,
 * page by page, as the pipeline takes objects, so a bucket of millions of keys is never held.
 */
public final class InputSources {

  private InputSources() {
  }

  /**
   * @param s3 the client for {@code s3://} arguments' listings, made only when there is one
   * @param reads the reads of their objects, likewise
   * @param range the days to read from S3, by the dates in the log objects' names
   * @param warnings hears of arguments that add nothing, such as an empty directory
   */
  public static Iterator<InputObject> expand(List<String> arguments, InputStream stdin,
      Supplier<S3Client> s3, Supplier<S3Reads> reads, LogDateRange range,
      Consumer<String> warnings) {
    Stream<InputObject> all = Stream.empty();
    for (String argument : arguments) {
      Stream<InputObject> objects = argument.startsWith("s3:")
          ? listing(argument, s3, reads, range)
          : LocalInputs.expand(List.of(argument), stdin, warnings).stream();
      all = Stream.concat(all, objects);
    }
    if (range.isBounded() && arguments.stream().noneMatch(a -> a.startsWith("s3:"))) {
      warnings.accept("--since and --until choose S3 log objects by the dates in their names;"
          + " local files are read whole");
    }
    return all.iterator();
  }

  private static Stream<InputObject> listing(String argument, Supplier<S3Client> s3,
      Supplier<S3Reads> reads, LogDateRange range) {
    S3Location location = S3Location.parse(argument);
    // Deferred: the client (and its credentials) only when the listing is first read.
    return LazyFlatMap.of(Stream.of(location), l -> new S3Listing(s3.get(), reads.get(), l,
        range).objects());
  }

  /** A supplier that makes its value once, on first use. */
  public static <T> Supplier<T> once(Supplier<T> maker) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = maker.get();
        }
        return value;
      }
    };
  }
}
