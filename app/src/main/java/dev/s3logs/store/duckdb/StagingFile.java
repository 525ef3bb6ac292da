package dev.s3logs.store.duckdb;

import dev.s3logs.pipeline.NdjsonChunk;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A batch's documents as NDJSON with their ids, in a temporary file that DuckDB's JSON reader
 * loads in one statement. Deleted when closed. Written by one thread, then loaded by another.
 */
final class StagingFile implements AutoCloseable {

  private final Path path;
  private OutputStream out;
  private long bytes;
  private long documents;

  StagingFile(Path directory) {
    try {
      this.path = Files.createTempFile(directory, "s3logs-duckdb-", ".ndjson");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging file in " + directory + ": "
          + e.getMessage(), e);
    }
  }

  Path path() {
    return path;
  }

  long bytes() {
    return bytes;
  }

  long documents() {
    return documents;
  }

  /** Appends the chunk's documents, each framed by {@link IdFraming}, without that brace. */
  void add(NdjsonChunk chunk) throws IOException {
    if (out == null) {
      out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }
    byte[] b = chunk.buffer();
    int from = 0;
    while (from < chunk.length()) {
      int end = lineEnd(b, from + IdFraming.LENGTH, chunk.length());
      out.write(b, from, IdFraming.LENGTH);
      // Skips the document's own opening brace: the framing opened the object.
      out.write(b, from + IdFraming.LENGTH + 1, end - from - IdFraming.LENGTH - 1);
      from = end;
      documents++;
    }
    bytes += chunk.length();
  }

  /** Ends what was staged, for the reader to load. */
  void seal() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  /** Just past the newline that ends the document starting at {@code from}. */
  private static int lineEnd(byte[] b, int from, int limit) {
    int i = from;
    while (i < limit && b[i] != '\n') {
      i++;
    }
    return Math.min(i + 1, limit);
  }

  @Override
  public void close() throws IOException {
    try {
      seal();
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
