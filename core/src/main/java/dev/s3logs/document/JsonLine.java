package dev.s3logs.document;

import dev.s3logs.parse.ByteSearch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte buffer that documents are written into as compact JSON, one object per line.
 *
 * <p>Why not Jackson's generator here: writing the document is half the cost of the whole
 * line-to-document path, and Jackson spends it on per-character bookkeeping for field names and
 * on a char[] detour for every string. This writer copies pre-encoded {@code "name":} bytes and
 * writes strings with one table lookup per character, or, when the caller knows that every
 * string is ASCII ({@link #asciiStrings}), copies them as bytes and checks eight at a time for
 * characters that need escaping. It handles exactly what documents need: nested objects, string
 * arrays, strings and non-negative longs.
 *
 * <p>Not thread-safe.
 */
public final class JsonLine {

  private byte[] buf = new byte[1 << 16];
  private final byte[] digitScratch = new byte[20];
  private boolean ascii;
  private boolean plain;
  private int len;
  /** One bit per nesting level: set while the object at that level has no member yet. */
  private long firstMember;
  private int depth;

  /** Pre-encodes a member name as {@code "name":}. */
  public static byte[] name(String name) {
    return ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Declares whether every string written until the next call is pure ASCII. Only then may
   * strings be copied byte for byte; a wrong {@code true} would corrupt non-ASCII text.
   */
  public void asciiStrings(boolean allAscii) {
    this.ascii = allAscii;
    this.plain = false;
  }

  /**
   * Declares that every string written until the next call is ASCII and holds nothing to escape,
   * so strings are copied without any check. Only for text known to be clean, such as values cut
   * from a line that has neither backslashes, control characters nor quotes of its own.
   */
  public void plainStrings() {
    this.ascii = true;
    this.plain = true;
  }

  public void beginObject() {
    ensure(1);
    buf[len++] = '{';
    push();
  }

  public void beginObject(byte[] name) {
    member(name);
    ensure(1);
    buf[len++] = '{';
    push();
  }

  public void endObject() {
    ensure(1);
    buf[len++] = '}';
    depth--;
  }

  /** Ends the current top-level object and the line. */
  public void endLine() {
    endObject();
    ensure(1);
    buf[len++] = '\n';
  }

  public void string(byte[] name, String value) {
    if (value != null) {
      member(name);
      quoted(value, 0, value.length());
    }
  }

  /** Writes {@code value[from, to)} as a string, without cutting a substring. */
  public void slice(byte[] name, String value, int from, int to) {
    member(name);
    quoted(value, from, to);
  }

  /** Writes {@code src[from, to)}, UTF-8 text cut from a line, as a string. */
  public void span(byte[] name, byte[] src, int from, int to) {
    member(name);
    quoted(src, from, to);
  }

  /**
   * Writes pre-encoded members such as {@code "kind":"event","type":["access"]} as if they were
   * one, for the constant parts of a document.
   */
  public void members(byte[] encoded) {
    member(encoded);
  }

  /** Writes bytes that are known to need no escaping, such as a formatted timestamp. */
  public void plain(byte[] name, byte[] value) {
    member(name);
    ensure(value.length + 2);
    buf[len++] = '"';
    System.arraycopy(value, 0, buf, len, value.length);
    len += value.length;
    buf[len++] = '"';
  }

  /** Writes a number unless it is negative, the record's marker for absent. */
  public void number(byte[] name, long value) {
    if (value >= 0) {
      member(name);
      digits(value);
    }
  }

  /** A one-element array of strings, as ECS uses for categories and related values. */
  public void array(byte[] name, String value) {
    member(name);
    ensure(1);
    buf[len++] = '[';
    quoted(value, 0, value.length());
    ensure(1);
    buf[len++] = ']';
  }

  /** Appends bytes as they are, outside any object: for framing such as bulk action lines. */
  public void raw(byte[] b, int from, int to) {
    ensure(to - from);
    System.arraycopy(b, from, buf, len, to - from);
    len += to - from;
  }

  public int size() {
    return len;
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, len);
    len = 0;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  public void reset() {
    len = 0;
    depth = 0;
  }

  /** Starts over in {@code buffer}, which this writer grows by replacing it when needed. */
  public void reset(byte[] buffer) {
    buf = buffer;
    reset();
  }

  /** The buffer written so far; its first {@link #size} bytes are the output. */
  public byte[] buffer() {
    return buf;
  }

  private void push() {
    depth++;
    firstMember |= 1L << depth;
  }

  private void member(byte[] name) {
    ensure(name.length + 1);
    long bit = 1L << depth;
    if ((firstMember & bit) == 0) {
      buf[len++] = ',';
    }
    firstMember &= ~bit;
    System.arraycopy(name, 0, buf, len, name.length);
    len += name.length;
  }

  private void quoted(String s, int from, int to) {
    if (ascii) {
      quotedAscii(s, from, to);
      return;
    }
    ensure(to - from + 2);
    byte[] b = buf;
    int at = len;
    b[at++] = '"';
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || Escaping.needsEscape(c)) {
        len = at;
        Escaping.tail(s, i, to, this);
        return;
      }
      b[at++] = (byte) c;
    }
    b[at++] = '"';
    len = at;
  }

  private void quoted(byte[] s, int from, int to) {
    if (plain) {
      copyQuoted(s, from, to);
    } else {
      checkedQuoted(s, from, to);
    }
  }

  private void copyQuoted(byte[] s, int from, int to) {
    int n = to - from;
    ensure(n + 2);
    byte[] b = buf;
    b[len] = '"';
    System.arraycopy(s, from, b, len + 1, n);
    len += n + 2;
    b[len - 1] = '"';
  }

  /** Kept out of {@link #quoted} so that the JIT does not inline it into every call site. */
  private void checkedQuoted(byte[] s, int from, int to) {
    if (!ascii) {
      // Decoding also replaces malformed UTF-8, which JSON must not carry; rare in access logs.
      String text = new String(s, from, to - from, StandardCharsets.UTF_8);
      quoted(text, 0, text.length());
      return;
    }
    int n = to - from;
    ensure(n + 2);
    buf[len] = '"';
    System.arraycopy(s, from, buf, len + 1, n);
    if (ByteSearch.quotesInPlainText(buf, len + 1, len + 1 + n) != 0) {
      len++;
      Escaping.asciiTail(s, from, to, this);
      return;
    }
    len += n + 1;
    buf[len++] = '"';
  }

  @SuppressWarnings("deprecation") // the one String method that copies Latin-1 bytes without a char[] detour
  private void quotedAscii(String s, int from, int to) {
    int n = to - from;
    ensure(n + 2);
    buf[len] = '"';
    s.getBytes(from, to, buf, len + 1);
    // On ASCII text, any quote, backslash or control character makes the count non-zero.
    if (!plain && ByteSearch.quotesInPlainText(buf, len + 1, len + 1 + n) != 0) {
      len++;
      Escaping.tail(s, from, to, this);
      return;
    }
    len += n + 1;
    buf[len++] = '"';
  }

  /** Writes the digits backwards into scratch space, then copies them: no digit count needed. */
  private void digits(long value) {
    byte[] d = digitScratch;
    int at = d.length;
    long v = value;
    // Statuses, sizes and times: int arithmetic once the value fits, which is almost always.
    while (v > Integer.MAX_VALUE) {
      long q = v / 10;
      d[--at] = (byte) ('0' + (v - q * 10));
      v = q;
    }
    int i = (int) v;
    while (i >= 10) {
      int q = i / 10;
      d[--at] = (byte) ('0' + (i - q * 10));
      i = q;
    }
    d[--at] = (byte) ('0' + i);
    int n = d.length - at;
    ensure(n);
    System.arraycopy(d, at, buf, len, n);
    len += n;
  }

  /** For {@link Escaping}: one byte, after {@link #ensure}. */
  void put(byte b) {
    buf[len++] = b;
  }

  /** For {@link Escaping}: bytes, room included. */
  void putAll(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }
}
