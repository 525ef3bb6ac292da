package dev.s3logs.document;

/**
 * The parts of a logged request line such as {@code GET /bucket/key?acl HTTP/1.1}. The target may
 * contain spaces, and a request line without protocol ({@code GET /key}) occurs too.
 *
 * @param method null when the first word is not an HTTP method
 * @param target the request target, as logged (not decoded)
 * @param version e.g. {@code 1.1}, or null without protocol
 */
public record RequestLine(String method, String target, String version) {

  public static RequestLine of(String requestUri) {
    int firstSpace = requestUri.indexOf(' ');
    String method = firstSpace > 0 && isMethod(requestUri, firstSpace) ? requestUri.substring(0, firstSpace) : null;
    int targetStart = method == null ? 0 : firstSpace + 1;
    int lastSpace = requestUri.lastIndexOf(' ');
    String version = null;
    int targetEnd = requestUri.length();
    if (lastSpace >= targetStart && requestUri.startsWith("HTTP/", lastSpace + 1)) {
      version = requestUri.substring(lastSpace + 6);
      targetEnd = lastSpace;
    }
    String target = targetEnd > targetStart ? requestUri.substring(targetStart, targetEnd) : null;
    return new RequestLine(method, target, version == null || version.isEmpty() ? null : version);
  }

  /** The path part of the target, before any query. */
  public String path() {
    if (target == null) {
      return null;
    }
    int q = target.indexOf('?');
    return q < 0 ? target : q == 0 ? null : target.substring(0, q);
  }

  /** The query without its {@code ?}, or null when there is none or it is empty. */
  public String query() {
    if (target == null) {
      return null;
    }
    int q = target.indexOf('?');
    return q < 0 || q == target.length() - 1 ? null : target.substring(q + 1);
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
