package dev.s3logs.document;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tells whether ASCII text needs JSON escaping, eight bytes at a time. Almost no access log value
 * does, so the common answer must be cheap.
 */
final class EscapeCheck {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private EscapeCheck() {
  }

  /** Whether {@code b[from, to)}, which is ASCII, holds a control character, quote or backslash. */
  static boolean any(byte[] b, int from, int to) {
    int i = from;
    long found = 0;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      long quote = w ^ (ONES * '"');
      long backslash = w ^ (ONES * '\\');
      found |= ((w - ONES * 0x20) | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash) & HIGHS;
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c < 0x20 || c == '"' || c == '\\') {
        return true;
      }
    }
    return found != 0;
  }
}
