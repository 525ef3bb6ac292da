package dev.s3logs.sink.search;

import java.util.Arrays;

/**
 * The ids of the documents sent lately, for engines that refuse ids of ours (OpenSearch
 * Serverless time series): there the engine cannot deduplicate, so a line S3 delivered twice is
 * sent once as long as its twin came within the last {@link #WINDOW} documents. Open addressing
 * on the id's 128 bits; when half full it starts over, which bounds memory at 64 MB. Not
 * thread-safe: used on the pipeline's output thread.
 */
final class SeenIds {

  static final int WINDOW = 1 << 21;
  private static final int SLOTS = WINDOW * 2;

  private final long[] high = new long[SLOTS];
  private final long[] low = new long[SLOTS];
  private int size;

  /** False when the id was seen already. */
  boolean add(long h, long l) {
    if (h == 0 && l == 0) {
      l = 1; // zero marks an empty slot; one id in 2^128 shares a slot key with another
    }
    int slot = (int) ((h ^ l) & (SLOTS - 1));
    while (high[slot] != 0 || low[slot] != 0) {
      if (high[slot] == h && low[slot] == l) {
        return false;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (size == WINDOW) {
      Arrays.fill(high, 0);
      Arrays.fill(low, 0);
      size = 0;
      return add(h, l);
    }
    high[slot] = h;
    low[slot] = l;
    size++;
    return true;
  }
}
