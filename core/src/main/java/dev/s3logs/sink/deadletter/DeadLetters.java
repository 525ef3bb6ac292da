package dev.s3logs.sink.deadletter;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a run keeps the lines that did not become documents in the engine: an index next to the
 * logs, with a local file for the records that index refuses in turn, or a file alone.
 */
public final class DeadLetters implements AutoCloseable {

  private final DeadLetterIndex index;
  private final DeadLetterFile file;

  private DeadLetters(DeadLetterIndex index, DeadLetterFile file) {
    this.index = index;
    this.file = file;
  }

  public static DeadLetters toIndex(String index, Path fallback, Clock clock) {
    return new DeadLetters(new DeadLetterIndex(index, clock), new DeadLetterFile(fallback, clock));
  }

  public static DeadLetters toFile(Path path, Clock clock) {
    return new DeadLetters(null, new DeadLetterFile(path, clock));
  }

  /** The index to send records to, or null when they go to the file. */
  public DeadLetterIndex index() {
    return index;
  }

  /** The file: the destination, or the fallback for records the index refused. */
  public DeadLetterFile file() {
    return file;
  }

  /** Where the records are, given how many the index took. */
  private String describe(long indexed) {
    if (index == null) {
      return file.describe();
    }
    return file.count() == 0 ? "index " + index.name()
        : indexed == 0 ? file.describe()
        : "index " + index.name() + " and, where it refused them, " + file.describe();
  }

  /**
   * The summary line of the dead letters, given how many the index took, or null when nothing
   * was kept.
   */
  public String summary(long indexed) {
    long kept = indexed + file.count();
    return kept == 0 ? null : kept + " failed lines are kept in " + describe(indexed);
  }

  @Override
  public void close() {
    file.close();
  }
}
