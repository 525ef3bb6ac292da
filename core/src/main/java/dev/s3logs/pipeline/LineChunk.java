package dev.s3logs.pipeline;

import dev.s3logs.parse.ByteSearch;
import dev.s3logs.record.ParseFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of lines, copied out of the reader's buffer so that a worker thread can parse them
 * while the reader goes on. The reader copies whole blocks of lines; the worker splits them
 * ({@link #count} and the accessors split on first use), so the reading thread does one copy
 * per block instead of work per line. A batch spans input objects, because S3 log objects are
 * often only a few kilobytes each. Blank lines are skipped but keep their numbers. A chunk is
 * {@link #clear() cleared} and used again once its worker is done, so that its buffers, grown to
 * fit a full chunk, are neither allocated nor grown again for every megabyte read.
 */
public final class LineChunk {

  static final int MAX_BLOCKS = 4096;
  static final int MAX_BYTES = 1 << 20;

  private byte[] data = new byte[1 << 16];
  private int size;
  private final ObjectProgress[] blockObjects = new ObjectProgress[MAX_BLOCKS];
  private final int[] blockEnds = new int[MAX_BLOCKS];
  private final long[] blockFirstLines = new long[MAX_BLOCKS];
  private int blocks;
  private final List<ParseFailure> readFailures = new ArrayList<>(0);
  /** For each read failure, how many blocks came before it: where it belongs among the lines. */
  private final List<Integer> readFailureBlocks = new ArrayList<>(0);
  private final Lines lines = new Lines();
  private boolean split;
  private ChunkSettlement settlement = new ChunkSettlement();
  private ObjectProgress lastObject;

  /**
   * Copies in whole lines (see {@link dev.s3logs.source.LineHandler#lines}), the first numbered
   * {@code firstLineNumber}; false when the chunk is full (a block always fits an empty chunk).
   */
  public boolean add(ObjectProgress object, byte[] buffer, int from, int to,
      long firstLineNumber) {
    int length = to - from;
    if (blocks == MAX_BLOCKS || (size + length > MAX_BYTES && blocks > 0)) {
      return false;
    }
    if (size + length > data.length) {
      data = Arrays.copyOf(data, Math.max(size + length, Math.min(MAX_BYTES, data.length * 2)));
    }
    System.arraycopy(buffer, from, data, size, length);
    size += length;
    touch(object);
    blockObjects[blocks] = object;
    blockEnds[blocks] = size;
    blockFirstLines[blocks] = firstLineNumber;
    blocks++;
    split = false;
    return true;
  }

  /** Empties the chunk for reuse, keeping its buffers. */
  void clear() {
    Arrays.fill(blockObjects, 0, blocks, null);
    settlement = new ChunkSettlement();
    lastObject = null;
    size = 0;
    blocks = 0;
    readFailures.clear();
    readFailureBlocks.clear();
    split = false;
  }

  /** A failure found while reading (a line over the length limit), kept in order with the rest. */
  void addReadFailure(ObjectProgress object, ParseFailure failure) {
    touch(object);
    readFailures.add(failure);
    readFailureBlocks.add(blocks);
  }

  public int count() {
    return lines().count;
  }

  public String source(int line) {
    return object(line).name();
  }

  /** The object a line came from. */
  public ObjectProgress object(int line) {
    return blockObjects[lines().blocks[line]];
  }

  /** The objects this chunk holds; a new one after {@link #clear()}. */
  public ChunkSettlement settlement() {
    return settlement;
  }

  public byte[] data() {
    return data;
  }

  /** Start of a line in {@link #data}. */
  public int start(int line) {
    return lines().starts[line];
  }

  /** End of a line in {@link #data}, without its '\n' (a '\r' before it is left to the parser). */
  public int end(int line) {
    return lines().ends[line];
  }

  public long lineNumber(int line) {
    return lines().numbers[line];
  }

  public List<ParseFailure> readFailures() {
    return readFailures;
  }

  /** How many blocks were read before read failure {@code i}. */
  public int readFailureBlock(int i) {
    return readFailureBlocks.get(i);
  }

  /** The block a line came from, counting from 0 in reading order. */
  public int block(int line) {
    return lines().blocks[line];
  }

  boolean isEmpty() {
    return blocks == 0 && readFailures.isEmpty();
  }

  /** Blocks of one object arrive together, so comparing with the last one finds new objects. */
  private void touch(ObjectProgress object) {
    if (object != lastObject) {
      settlement.add(object);
      lastObject = object;
    }
  }

  private Lines lines() {
    if (!split) {
      lines.split(this);
      split = true;
    }
    return lines;
  }

  /** The lines of the blocks, found on first use. */
  private static final class Lines {

    private int[] starts = new int[2048];
    private int[] ends = new int[2048];
    private long[] numbers = new long[2048];
    private int[] blocks = new int[2048];
    private int count;

    void split(LineChunk chunk) {
      count = 0;
      int from = 0;
      for (int block = 0; block < chunk.blocks; block++) {
        int blockEnd = chunk.blockEnds[block];
        long number = chunk.blockFirstLines[block];
        while (from < blockEnd) {
          int newline = ByteSearch.indexOf(chunk.data, from, blockEnd, (byte) '\n');
          int end = newline < 0 ? blockEnd : newline;
          if (!isBlank(chunk.data, from, end)) {
            add(block, from, end, number);
          }
          number++;
          from = end + 1;
        }
        from = blockEnd;
      }
    }

    private void add(int block, int from, int to, long number) {
      if (count == starts.length) {
        int capacity = count * 2;
        blocks = Arrays.copyOf(blocks, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        numbers = Arrays.copyOf(numbers, capacity);
      }
      blocks[count] = block;
      starts[count] = from;
      ends[count] = to;
      numbers[count] = number;
      count++;
    }

    /** Blank lines carry nothing; skipping them here keeps them out of the failures. */
    private static boolean isBlank(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] != '\r' && b[i] != ' ' && b[i] != '\t') {
          return false;
        }
      }
      return true;
    }
  }
}
