package dev.s3logs.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * A stream that ends early, at the end of a line, once {@code stop} says so: for a reader that
 * must be done in time (a Lambda invocation) and leave the rest for later, from
 * {@link #position()}. Once stopping, it gives the rest of the current line and ends; at a line's
 * start it ends at once. Only when something was left unread is it {@link #cut()}: a stream that
 * reached its real end is not, even if the stop came on its last line.
 *
 * <p>Read on one thread; {@link #position()} and {@link #cut()} may be asked from any.
 */
public final class StopAtLineEnd extends FilterInputStream {

  private final BooleanSupplier stop;
  private volatile long position;
  private volatile boolean cut;
  private boolean ended;
  private boolean stopping;
  private boolean atLineStart = true;

  /**
   * @param start the position of the stream's first byte in the whole object, at a line's start
   * @param stop asked before each read; once it says true the stream ends at the next line end
   */
  public StopAtLineEnd(InputStream in, long start, BooleanSupplier stop) {
    super(in);
    this.position = start;
    this.stop = stop;
  }

  /** The position, in the whole object, of the next byte this stream would give. */
  public long position() {
    return position;
  }

  /** True when the stream ended at {@link #position()} with more of the object left unread. */
  public boolean cut() {
    return cut;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (ended || length == 0) {
      return ended ? -1 : 0;
    }
    stopping = stopping || stop.getAsBoolean();
    int n = in.read(buffer, offset, length);
    if (n < 0 || stopping && atLineStart) {
      // Past a line's end, reading on only tells whether anything was left.
      return end(n >= 0);
    }
    int given = stopping ? lineEnd(buffer, offset, n) : n;
    position += given;
    atLineStart = buffer[offset + given - 1] == '\n';
    if (given < n) {
      end(true);
    }
    return given;
  }

  @Override
  public long skip(long n) throws IOException {
    // Through read, so that what is skipped is counted and the stop is heeded.
    byte[] discard = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    int read = read(discard, 0, discard.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private int end(boolean leftUnread) {
    ended = true;
    cut = leftUnread;
    return -1;
  }

  /** How many of {@code buffer[offset, offset + n)} go up to and with the first '\n'; n if none. */
  private static int lineEnd(byte[] buffer, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        return i - offset + 1;
      }
    }
    return n;
  }
}
