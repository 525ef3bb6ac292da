package dev.s3logs.sink.deadletter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Dead letters appended to a local NDJSON file, one record per line. Each record is flushed as it
 * is added, since the object it came from may be acknowledged right after. Thread-safe.
 */
public final class DeadLetterFile implements AutoCloseable {

  private final Path path;
  private final Clock clock;
  private OutputStream out;
  private long count;

  public DeadLetterFile(Path path, Clock clock) {
    this(path, null, clock);
  }

  /** Into a stream the caller opened on {@code path} (and this closes). */
  public DeadLetterFile(Path path, OutputStream out, Clock clock) {
    this.path = path;
    this.out = out;
    this.clock = clock;
  }

  public synchronized void add(DeadLetterRecord record) {
    try {
      if (out == null) {
        // Opened on the first record: a clean run leaves no empty file behind.
        out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND));
      }
      out.write(DeadLetterJson.of(record, clock.instant()));
      out.write('\n');
      out.flush();
      count++;
    } catch (IOException e) {
      throw new DeadLetterException("cannot write dead letters to " + path + ": " + e.getMessage(),
          e);
    }
  }

  public synchronized long count() {
    return count;
  }

  public String describe() {
    return path.toString();
  }

  @Override
  public synchronized void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new DeadLetterException("cannot finish dead letters in " + path + ": "
            + e.getMessage(), e);
      }
    }
  }
}
