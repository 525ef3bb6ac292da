package dev.s3logs.document;

import dev.s3logs.parse.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The parts of a logged request line such as {@code GET /bucket/key?acl HTTP/1.1}, as positions
 * in the line's bytes so that writing a document cuts no substrings. The target may contain
 * spaces, and a request line without protocol ({@code GET /key}) occurs too.
 *
 * <p>Reused: {@link #read} overwrites the previous line's parts. Not thread-safe.
 */
public final class RequestLine {

  private static final byte[] HTTP = "HTTP/".getBytes(StandardCharsets.US_ASCII);

  private byte[] line;
  private int start;
  private int end;
  /** End of the method; equal to the line's start when the first word is not an HTTP method. */
  private int methodEnd;
  private int targetStart;
  /** Equal to targetStart when there is no target. */
  private int targetEnd;
  /** Index of the '?' in the target, or -1. */
  private int queryStart;
  /** Start of the version after {@code HTTP/}, or -1 without protocol. */
  private int versionStart;

  /** For tests and single values. */
  public static RequestLine of(String requestLine) {
    byte[] b = requestLine.getBytes(StandardCharsets.UTF_8);
    return new RequestLine().read(b, 0, b.length);
  }

  /** Splits {@code b[from, to)}. */
  public RequestLine read(byte[] b, int from, int to) {
    line = b;
    start = from;
    end = to;
    int firstSpace = ByteSearch.indexOf(b, from, to, (byte) ' ');
    methodEnd = firstSpace > from && isMethod(b, from, firstSpace) ? firstSpace : from;
    targetStart = methodEnd == from ? from : methodEnd + 1;
    int lastSpace = ByteSearch.lastIndexOf(b, from, to, (byte) ' ');
    targetEnd = to;
    versionStart = -1;
    if (lastSpace >= targetStart && startsWithHttp(b, lastSpace + 1, to) && lastSpace + 6 < to) {
      versionStart = lastSpace + 6;
      targetEnd = lastSpace;
    }
    targetEnd = Math.max(targetStart, targetEnd);
    int query = ByteSearch.indexOf(b, targetStart, targetEnd, (byte) '?');
    queryStart = query >= 0 ? query : -1;
    return this;
  }

  public boolean hasMethod() {
    return methodEnd > start;
  }

  public boolean hasTarget() {
    return targetEnd > targetStart;
  }

  public boolean hasVersion() {
    return versionStart >= 0;
  }

  /** The path is the target before any '?'; a target that is only a query has none. */
  public boolean hasPath() {
    return hasTarget() && pathEnd() > targetStart;
  }

  public boolean hasQuery() {
    return queryStart >= 0 && queryStart + 1 < targetEnd;
  }

  public int methodStart() {
    return start;
  }

  public int methodEnd() {
    return methodEnd;
  }

  public int targetStart() {
    return targetStart;
  }

  public int targetEnd() {
    return targetEnd;
  }

  public int pathEnd() {
    return queryStart >= 0 ? queryStart : targetEnd;
  }

  /** Start of the query after the '?'. */
  public int queryStart() {
    return queryStart + 1;
  }

  public int versionStart() {
    return versionStart;
  }

  public int versionEnd() {
    return end;
  }

  public String method() {
    return hasMethod() ? text(start, methodEnd) : null;
  }

  public String target() {
    return hasTarget() ? text(targetStart, targetEnd) : null;
  }

  public String path() {
    return hasPath() ? text(targetStart, pathEnd()) : null;
  }

  public String query() {
    return hasQuery() ? text(queryStart + 1, targetEnd) : null;
  }

  public String version() {
    return hasVersion() ? text(versionStart, end) : null;
  }

  private String text(int from, int to) {
    return new String(line, from, to - from, StandardCharsets.UTF_8);
  }

  private static boolean startsWithHttp(byte[] b, int from, int to) {
    return to - from >= HTTP.length
        && Arrays.equals(b, from, from + HTTP.length, HTTP, 0, HTTP.length);
  }

  private static boolean isMethod(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 'A' || b[i] > 'Z') {
        return false;
      }
    }
    return true;
  }
}
