package dev.s3logs.sink.deadletter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/** Dead letters appended to a local NDJSON file, one record per line. */
public final class DeadLetterFile implements DeadLetter {

  private final Path path;
  private final Clock clock;
  private OutputStream out;
  private long count;

  public DeadLetterFile(Path path, Clock clock) {
    this.path = path;
    this.clock = clock;
  }

  @Override
  public synchronized void add(DeadLetterRecord record) {
    try {
      if (out == null) {
        // Opened on the first record: a clean run leaves no empty file behind.
        out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND));
      }
      out.write(DeadLetterJson.of(record, clock.instant()));
      out.write('\n');
      count++;
    } catch (IOException e) {
      throw new DeadLetterException("cannot write dead letters to " + path + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public synchronized long count() {
    return count;
  }

  @Override
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
