package dev.s3logs.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Returns the same String for the same bytes, for fields that repeat from line to line (bucket,
 * owner, operation, user agent, cipher suite, host header...). A hit costs one vectorised
 * comparison instead of an allocation and a copy, and later stages can compare such fields by
 * identity. Direct-mapped: a collision just replaces the entry. Not thread-safe.
 */
public final class StringCache {

  private static final int SIZE = 4096;
  private static final int MAX_LENGTH = 512;

  private final byte[][] keys = new byte[SIZE][];
  private final String[] values = new String[SIZE];

  /** The text of {@code b[from, to)}, which is not empty. */
  public String get(byte[] b, int from, int to) {
    int length = to - from;
    int slot = slot(b, from, to, length);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, b, from, to)) {
      return values[slot];
    }
    String value = new String(b, from, length, StandardCharsets.UTF_8);
    if (length <= MAX_LENGTH) {
      keys[slot] = Arrays.copyOfRange(b, from, to);
      values[slot] = value;
    }
    return value;
  }

  /** A cheap hash of the length and a few bytes spread over the value. */
  private static int slot(byte[] b, int from, int to, int length) {
    int h = length;
    h = h * 31 + b[from];
    h = h * 31 + b[to - 1];
    h = h * 31 + b[from + (length >> 1)];
    h = h * 31 + b[from + (length >> 2)];
    h = h * 31 + b[to - 1 - (length >> 3)];
    return (h ^ (h >>> 12)) & (SIZE - 1);
  }
}
