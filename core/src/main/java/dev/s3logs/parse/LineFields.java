package dev.s3logs.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The last line the parser read, as positions in the line's bytes rather than Strings: writers
 * copy values straight from the line, and only consumers that keep a record pay for Strings.
 * An absent field ({@code -}, {@code "-"} or missing in older formats) has start == end.
 *
 * <p>Owned by one parser and overwritten by its next line.
 */
public final class LineFields {

  private static final int COUNT = Field.values().length;

  private final int[] starts = new int[COUNT];
  private final int[] ends = new int[COUNT];
  private byte[] line;
  Instant time;
  boolean remoteIpValid;
  int httpStatus;
  long bytesSent;
  long objectSize;
  long totalTime;
  long turnAroundTime;

  void reset(byte[] line) {
    this.line = line;
  }

  /** Sets a field to {@code line[from, to)}, or to absent when that is empty or "-". */
  void set(Field field, int from, int to) {
    boolean absent = to == from || (to - from == 1 && line[from] == '-');
    starts[field.ordinal()] = from;
    ends[field.ordinal()] = absent ? from : to;
  }

  void clear(Field field) {
    starts[field.ordinal()] = 0;
    ends[field.ordinal()] = 0;
  }

  /** The bytes that every start and end indexes into. */
  public byte[] line() {
    return line;
  }

  public boolean has(Field field) {
    return ends[field.ordinal()] > starts[field.ordinal()];
  }

  public int start(Field field) {
    return starts[field.ordinal()];
  }

  public int end(Field field) {
    return ends[field.ordinal()];
  }

  /** The field as a new String, or null when absent. */
  public String text(Field field) {
    int from = start(field);
    int to = end(field);
    return to > from ? new String(line, from, to - from, StandardCharsets.UTF_8) : null;
  }

  public Instant time() {
    return time;
  }

  /** Whether the remote address is a valid IPv4 or IPv6 address, fit for an ip-typed field. */
  public boolean remoteIpValid() {
    return remoteIpValid;
  }

  /** The numbers are {@code -1} when absent; S3 never logs negative ones. */
  public int httpStatus() {
    return httpStatus;
  }

  public long bytesSent() {
    return bytesSent;
  }

  public long objectSize() {
    return objectSize;
  }

  public long totalTime() {
    return totalTime;
  }

  public long turnAroundTime() {
    return turnAroundTime;
  }
}
