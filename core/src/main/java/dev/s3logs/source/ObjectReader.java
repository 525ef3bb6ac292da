package dev.s3logs.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;

/**
 * Opens a log object for streaming. Gzip is recognised by its magic bytes, not by name: S3 log
 * objects have no extension, and people compress them without renaming. Concatenated gzip members
 * are read through, as gzip itself does.
 */
public final class ObjectReader {

  private static final int BUFFER = 64 * 1024;

  private ObjectReader() {
  }

  public static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    return isGzip(in) ? new GZIPInputStream(in, BUFFER) : in;
  }

  /** Whether the stream starts with gzip's magic bytes; what it looked at is read again. */
  public static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }

  /**
   * Says in words why reading an object failed. The JDK's words are not always there: a gzip
   * object cut short inside its header fails with a bare {@code EOFException}.
   */
  public static String explain(IOException e) {
    if (e instanceof EOFException) {
      return "unexpected end of data (a truncated gzip object?)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (removed while reading?)";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    return message;
  }
}
