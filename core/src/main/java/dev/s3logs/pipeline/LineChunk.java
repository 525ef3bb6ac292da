package dev.s3logs.pipeline;

import dev.s3logs.record.ParseFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of lines, copied out of the reader's buffer so that a worker thread can parse them
 * while the reader goes on. Batching keeps the hand-over cost per line negligible; a batch spans
 * input objects, because S3 log objects are often only a few kilobytes each.
 */
public final class LineChunk {

  static final int MAX_LINES = 2048;
  static final int MAX_BYTES = 1 << 20;

  private byte[] data = new byte[1 << 16];
  private final String[] sources = new String[MAX_LINES];
  private final int[] starts = new int[MAX_LINES];
  private final int[] ends = new int[MAX_LINES];
  private final long[] lineNumbers = new long[MAX_LINES];
  private final List<ParseFailure> readFailures = new ArrayList<>(0);
  private int size;
  private int count;

  /** Copies a line in; false when the chunk is full (a line always fits an empty chunk). */
  public boolean add(String source, byte[] buffer, int from, int to, long lineNumber) {
    int length = to - from;
    if (count == MAX_LINES || (size + length > MAX_BYTES && count > 0)) {
      return false;
    }
    if (size + length > data.length) {
      data = Arrays.copyOf(data, Math.max(size + length, Math.min(MAX_BYTES, data.length * 2)));
    }
    sources[count] = source;
    System.arraycopy(buffer, from, data, size, length);
    starts[count] = size;
    ends[count] = size + length;
    lineNumbers[count] = lineNumber;
    size += length;
    count++;
    return true;
  }

  /** A failure found while reading (a line over the length limit), kept in order with the rest. */
  void addReadFailure(ParseFailure failure) {
    readFailures.add(failure);
  }

  public String source(int line) {
    return sources[line];
  }

  public int count() {
    return count;
  }

  public byte[] data() {
    return data;
  }

  public int start(int line) {
    return starts[line];
  }

  public int end(int line) {
    return ends[line];
  }

  public long lineNumber(int line) {
    return lineNumbers[line];
  }

  public List<ParseFailure> readFailures() {
    return readFailures;
  }

  boolean isEmpty() {
    return count == 0 && readFailures.isEmpty();
  }
}
