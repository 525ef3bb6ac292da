package dev.s3logs.parse;

import java.nio.charset.StandardCharsets;

/** A cursor over the bytes of one line, splitting space-separated tokens without copying. */
final class LineScanner {

  private byte[] bytes;
  private int pos;
  private int end;
  /** Bounds of the token returned by the last {@link #next}. */
  int tokenStart;
  int tokenEnd;

  void reset(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.pos = from;
    this.end = to;
  }

  byte[] bytes() {
    return bytes;
  }

  int position() {
    return pos;
  }

  int end() {
    return end;
  }

  void moveTo(int position) {
    pos = Math.min(position, end);
  }

  boolean atEnd() {
    return pos >= end;
  }

  byte peek() {
    return bytes[pos];
  }

  /** Reads the next token up to a space or the end of the line; fails with a message naming the field. */
  void next(String field) {
    if (pos >= end) {
      throw new MalformedLineException("line ends before the " + field + " field");
    }
    tokenStart = pos;
    int space = ByteSearch.indexOf(bytes, pos, end, (byte) ' ');
    int i = space < 0 ? end : space;
    tokenEnd = i;
    pos = i < end ? i + 1 : end;
  }

  /** The last token as a non-negative number, or {@code -1} when it is "-". */
  long number(String field) {
    int from = tokenStart;
    int to = tokenEnd;
    if (to - from == 1 && bytes[from] == '-') {
      return -1;
    }
    if (to == from || to - from > 18) {
      throw notANumber(field);
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        throw notANumber(field);
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private MalformedLineException notANumber(String field) {
    int shown = Math.min(tokenEnd - tokenStart, 40);
    String text = new String(bytes, tokenStart, shown, StandardCharsets.UTF_8);
    return new MalformedLineException(field + " is not a number: '" + text + "'");
  }
}
