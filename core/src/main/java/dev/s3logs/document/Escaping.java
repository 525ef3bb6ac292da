package dev.s3logs.document;

import java.nio.charset.StandardCharsets;

/**
 * The rare paths of {@link JsonLine}: the rest of a string once a character that JSON must escape,
 * or a non-ASCII one, turns up. Access-log values almost never take them, so they are kept simple
 * and out of the way of the JIT's inlining of the fast paths.
 */
final class Escaping {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** Non-zero for ASCII characters that JSON strings must escape: the letter of the escape. */
  private static final byte[] ESCAPE = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = 'u';
    }
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
    ESCAPE['\n'] = 'n';
    ESCAPE['\r'] = 'r';
    ESCAPE['\t'] = 't';
  }

  private Escaping() {
  }

  /** For an ASCII character {@code c}: whether a JSON string must escape it. */
  static boolean needsEscape(char c) {
    return ESCAPE[c] != 0;
  }

  /** Writes {@code s[from, to)}, all ASCII, escaped, then the closing quote. */
  static void asciiTail(byte[] s, int from, int to, JsonLine out) {
    for (int i = from; i < to; i++) {
      byte c = s[i];
      out.ensure(6);
      if (ESCAPE[c] == 0) {
        out.put(c);
      } else {
        escape((char) c, out);
      }
    }
    out.ensure(1);
    out.put((byte) '"');
  }

  /** Writes {@code s[from, to)} escaped and UTF-8 encoded, then the closing quote. */
  static void tail(String s, int from, int to, JsonLine out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      out.ensure(6);
      if (c < 0x80 && ESCAPE[c] == 0) {
        out.put((byte) c);
      } else if (c < 0x80) {
        escape(c, out);
      } else {
        boolean pair = Character.isHighSurrogate(c) && i + 1 < to
            && Character.isLowSurrogate(s.charAt(i + 1));
        int end = pair ? i + 2 : i + 1;
        out.putAll(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    out.ensure(1);
    out.put((byte) '"');
  }

  /** Needs six bytes of room. */
  private static void escape(char c, JsonLine out) {
    out.put((byte) '\\');
    byte code = ESCAPE[c];
    if (code != 'u') {
      out.put(code);
      return;
    }
    out.put((byte) 'u');
    out.put((byte) '0');
    out.put((byte) '0');
    out.put(HEX[c >> 4]);
    out.put(HEX[c & 0xf]);
  }
}
