package dev.s3logs.source;

import java.io.IOException;
import java.io.InputStream;
import dev.s3logs.parse.ByteSearch;
import java.util.Arrays;

/**
 * Reads a stream into one reused buffer and hands it on cut at line ends, so memory stays flat
 * whatever the size of the object. A line only grows the buffer up to {@code maxLineBytes}; a
 * longer one is reported with its beginning instead of being held whole.
 */
public final class LineReader {

  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buffer = new byte[64 * 1024];
  private int start;
  private int limit;
  private long lineNumber;

  public LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  public LineReader(InputStream in) {
    this(in, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Hands the object's lines to {@code handler} a buffer-full at a time: splitting them is left to
   * the consumer (a worker thread), so that the reading thread only reads.
   */
  public void forEach(LineHandler handler) throws IOException {
    // Bytes before this index and after start hold no newline: a long line is searched once.
    int unsearched = start;
    while (true) {
      int lastNewline = ByteSearch.lastIndexOf(buffer, unsearched, limit, (byte) '\n');
      if (lastNewline >= 0) {
        int end = lastNewline + 1;
        handler.lines(buffer, start, end, lineNumber + 1);
        lineNumber += ByteSearch.count(buffer, start, end, (byte) '\n');
        start = end;
      }
      if (limit - start >= maxLineBytes) {
        skipTooLong(handler);
        unsearched = start;
        continue;
      }
      int pending = limit - start;
      if (!fill()) {
        if (limit > start) {
          handler.lines(buffer, start, limit, ++lineNumber);
        }
        return;
      }
      // fill() moved the pending bytes to the front.
      unsearched = pending;
    }
  }

  private int indexOfNewline(int from) {
    return ByteSearch.indexOf(buffer, from, limit, (byte) '\n');
  }

  /** Moves the pending bytes to the front, grows the buffer if a line fills it, reads more. */
  private boolean fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, limit - start);
      limit -= start;
      start = 0;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLineBytes + 1));
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      return false;
    }
    limit += read;
    return true;
  }

  private void skipTooLong(LineHandler handler) throws IOException {
    byte[] head = Arrays.copyOfRange(buffer, start, start + maxLineBytes);
    long length = limit - start;
    start = limit = 0;
    int newline = -1;
    while (newline < 0) {
      int read = in.read(buffer, 0, buffer.length);
      if (read < 0) {
        break;
      }
      limit = read;
      newline = indexOfNewline(0);
      length += newline < 0 ? read : newline;
    }
    start = newline < 0 ? limit : newline + 1;
    handler.tooLong(head, 0, head.length, ++lineNumber, length);
  }
}
