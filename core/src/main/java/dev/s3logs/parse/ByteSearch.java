package dev.s3logs.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds a byte eight bytes at a time (SWAR: a zero-byte test on a 64-bit word). Lines are
 * hundreds of bytes and every byte is searched for a separator at least once, so this loop is
 * the floor of the parser's cost.
 */
public final class ByteSearch {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private ByteSearch() {
  }

  /** Index of the first {@code target} in {@code b[from, to)}, or -1. */
  public static int indexOf(byte[] b, int from, int to, byte target) {
    long pattern = (target & 0xFFL) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(b, i) ^ pattern;
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /** How many times {@code target} occurs in {@code b[from, to)}. */
  public static int count(byte[] b, int from, int to, byte target) {
    long pattern = (target & 0xFFL) * ONES;
    int n = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      n += Long.bitCount(exactZeros((long) LONGS.get(b, i) ^ pattern));
    }
    for (; i < to; i++) {
      if (b[i] == target) {
        n++;
      }
    }
    return n;
  }

  /** Where the line in {@code b[from, to)} ends without its line break (LF, CRLF or CR). */
  public static int lineEnd(byte[] b, int from, int to) {
    int end = to;
    while (end > from && (b[end - 1] == '\n' || b[end - 1] == '\r')) {
      end--;
    }
    return end;
  }

  /** Index of the last {@code target} in {@code b[from, to)}, or -1. */
  public static int lastIndexOf(byte[] b, int from, int to, byte target) {
    long pattern = (target & 0xFFL) * ONES;
    int i = to;
    for (; i - 8 >= from; i -= 8) {
      long word = (long) LONGS.get(b, i - 8) ^ pattern;
      // Exact per-byte zero test: unlike the cheaper test in indexOf, no borrow can mark a
      // byte above a real match, so the highest mark is the last occurrence.
      long zeros = exactZeros(word);
      if (zeros != 0) {
        return i - 8 + (7 - (Long.numberOfLeadingZeros(zeros) >>> 3));
      }
    }
    for (i--; i >= from; i--) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The number of quotes in {@code b[from, to)} when the range is otherwise free of what JSON
   * strings must escape or encode (backslash, control characters, non-ASCII bytes); else -1.
   */
  public static int quotesInPlainText(byte[] b, int from, int to) {
    long other = 0;
    int quotes = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      long quote = w ^ (ONES * '"');
      long backslash = w ^ (ONES * '\\');
      quotes += Long.bitCount(exactZeros(quote));
      other |= w | exactZeros(backslash) | ((w - ONES * 0x20) & ~w);
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c < 0x20 || c == '\\') {
        return -1;
      }
      if (c == '"') {
        quotes++;
      }
    }
    return (other & HIGHS) == 0 ? quotes : -1;
  }

  /** 0x80 in every byte of {@code word} that is zero, and nowhere else. */
  private static long exactZeros(long word) {
    return ~(((word & ~HIGHS) + ~HIGHS) | word | ~HIGHS);
  }

  /** Whether {@code b[from, to)} is pure ASCII, so every string cut from it is Latin-1. */
  public static boolean isAscii(byte[] b, int from, int to) {
    long high = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      high |= (long) LONGS.get(b, i);
    }
    for (; i < to; i++) {
      high |= b[i];
    }
    return (high & HIGHS) == 0;
  }
}
