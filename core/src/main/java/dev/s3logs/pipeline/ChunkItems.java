package dev.s3logs.pipeline;

import java.util.Arrays;

/**
 * Where each document of a chunk's output ends, and the line it came from (source, number and
 * raw bytes), so that a sink can send documents in batches of its own size and keep a rejected
 * document with its raw line. Filled by a worker, then only read.
 */
public final class ChunkItems {

  private final ChunkSettlement settlement;
  private int count;
  private int[] ends = new int[1024];
  private long[] lineNumbers = new long[1024];
  private ObjectProgress[] objects = new ObjectProgress[1024];
  private int[] rawEnds = new int[1024];
  private long[] idHigh = new long[1024];
  private long[] idLow = new long[1024];
  private long[] eventTimes = new long[1024];
  private byte[] raw = new byte[1 << 16];
  private int rawSize;

  ChunkItems(ChunkSettlement settlement) {
    this.settlement = settlement;
  }

  void add(int end, ObjectProgress object, long lineNumber, byte[] line, int from, int to,
      long high, long low, long eventTime) {
    if (count == ends.length) {
      grow();
    }
    if (rawSize + to - from > raw.length) {
      raw = Arrays.copyOf(raw, Math.max(raw.length * 2, rawSize + to - from));
    }
    System.arraycopy(line, from, raw, rawSize, to - from);
    rawSize += to - from;
    ends[count] = end;
    lineNumbers[count] = lineNumber;
    objects[count] = object;
    rawEnds[count] = rawSize;
    idHigh[count] = high;
    idLow[count] = low;
    eventTimes[count] = eventTime;
    count++;
  }

  public int count() {
    return count;
  }

  /** Start of document {@code i} (with its framing) in the chunk's output. */
  public int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  public int end(int i) {
    return ends[i];
  }

  public String source(int i) {
    return objects[i].name();
  }

  /** The object document {@code i} came from, to fail it when the document cannot be stored. */
  public ObjectProgress object(int i) {
    return objects[i];
  }

  /** The chunk's hold on its objects, for a sink that sends its documents in several requests. */
  public ChunkSettlement settlement() {
    return settlement;
  }

  public long lineNumber(int i) {
    return lineNumbers[i];
  }

  /** The document id's 128 bits, in two halves: for telling repeated lines apart cheaply. */
  public long idHigh(int i) {
    return idHigh[i];
  }

  public long idLow(int i) {
    return idLow[i];
  }

  /** When the request of document {@code i} happened, in epoch seconds: how current it is. */
  public long eventTime(int i) {
    return eventTimes[i];
  }

  /** The raw line of document {@code i}, without its line ending. */
  public byte[] rawLine(int i) {
    return Arrays.copyOfRange(raw, i == 0 ? 0 : rawEnds[i - 1], rawEnds[i]);
  }

  private void grow() {
    int capacity = count * 2;
    ends = Arrays.copyOf(ends, capacity);
    lineNumbers = Arrays.copyOf(lineNumbers, capacity);
    objects = Arrays.copyOf(objects, capacity);
    rawEnds = Arrays.copyOf(rawEnds, capacity);
    idHigh = Arrays.copyOf(idHigh, capacity);
    idLow = Arrays.copyOf(idLow, capacity);
    eventTimes = Arrays.copyOf(eventTimes, capacity);
  }
}
