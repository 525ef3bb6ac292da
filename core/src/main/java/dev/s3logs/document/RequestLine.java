package dev.s3logs.document;

/**
 * The parts of a logged request line such as {@code GET /bucket/key?acl HTTP/1.1}, as offsets
 * into it so that writing a document cuts no substrings. The target may contain spaces, and a
 * request line without protocol ({@code GET /key}) occurs too.
 *
 * @param line the request line as logged
 * @param methodEnd end of the method, 0 when the first word is not an HTTP method
 * @param targetStart start of the request target
 * @param targetEnd end of the request target; equal to targetStart when there is none
 * @param queryStart index of the '?' in the target, or -1
 * @param versionStart start of the version after {@code HTTP/}, or -1 without protocol
 */
public record RequestLine(String line, int methodEnd, int targetStart, int targetEnd,
    int queryStart, int versionStart) {

  public static RequestLine of(String requestUri) {
    int firstSpace = requestUri.indexOf(' ');
    int methodEnd = firstSpace > 0 && isMethod(requestUri, firstSpace) ? firstSpace : 0;
    int targetStart = methodEnd == 0 ? 0 : methodEnd + 1;
    int lastSpace = requestUri.lastIndexOf(' ');
    int targetEnd = requestUri.length();
    int versionStart = -1;
    if (lastSpace >= targetStart && requestUri.startsWith("HTTP/", lastSpace + 1)
        && lastSpace + 6 < requestUri.length()) {
      versionStart = lastSpace + 6;
      targetEnd = lastSpace;
    }
    int query = requestUri.indexOf('?', targetStart);
    int queryStart = query >= 0 && query < targetEnd ? query : -1;
    return new RequestLine(requestUri, methodEnd, targetStart, Math.max(targetStart, targetEnd),
        queryStart, versionStart);
  }

  public boolean hasMethod() {
    return methodEnd > 0;
  }

  public boolean hasTarget() {
    return targetEnd > targetStart;
  }

  public boolean hasVersion() {
    return versionStart >= 0;
  }

  /** The path is the target before any '?'; a target that is only a query has none. */
  public int pathEnd() {
    return queryStart >= 0 ? queryStart : targetEnd;
  }

  public boolean hasPath() {
    return hasTarget() && pathEnd() > targetStart;
  }

  public boolean hasQuery() {
    return queryStart >= 0 && queryStart + 1 < targetEnd;
  }

  public String method() {
    return hasMethod() ? line.substring(0, methodEnd) : null;
  }

  public String target() {
    return hasTarget() ? line.substring(targetStart, targetEnd) : null;
  }

  public String path() {
    return hasPath() ? line.substring(targetStart, pathEnd()) : null;
  }

  public String query() {
    return hasQuery() ? line.substring(queryStart + 1, targetEnd) : null;
  }

  public String version() {
    return hasVersion() ? line.substring(versionStart) : null;
  }

  private static boolean isMethod(String s, int length) {
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
