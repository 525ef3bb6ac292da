package dev.s3logs.parse;

/**
 * Recognises fields by their shape. The parser anchors on these where the log format itself is
 * ambiguous: requesters may contain spaces, quotes inside quoted fields are not escaped, and a
 * host ID is sometimes logged as two tokens.
 */
final class FieldShapes {

  private FieldShapes() {
  }

  /** {@code REST.GET.OBJECT}, {@code S3.COMPUTE.OBJECT.CHECKSUM}: upper-case words joined by dots. */
  static boolean isOperation(byte[] b, int from, int to) {
    if (to - from < 3 || !isUpper(b[from])) {
      return false;
    }
    boolean dotSeen = false;
    boolean previousDot = false;
    for (int i = from + 1; i < to; i++) {
      byte c = b[i];
      if (c == '.') {
        if (previousDot) {
          return false;
        }
        dotSeen = true;
        previousDot = true;
      } else if (isUpper(c) || isDigit(c) || c == '_' || c == '-') {
        previousDot = false;
      } else {
        return false;
      }
    }
    return dotSeen && !previousDot;
  }

  /** {@code SigV2}, {@code SigV4} or the absent marker. */
  static boolean isSignatureVersion(byte[] b, int from, int to) {
    if (to - from == 1) {
      return b[from] == '-';
    }
    return to - from == 5 && b[from] == 'S' && b[from + 1] == 'i' && b[from + 2] == 'g'
        && b[from + 3] == 'V' && isDigit(b[from + 4]);
  }

  /** A number or "-": status, bytes sent, object size and the two timings. */
  static boolean isCount(byte[] b, int from, int to) {
    if (to - from == 1 && b[from] == '-') {
      return true;
    }
    if (to == from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** An S3 error code such as {@code NoSuchKey}, or "-". */
  static boolean isErrorCode(byte[] b, int from, int to) {
    if (to == from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (!(isUpper(c) || isDigit(c) || (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(byte c) {
    return c >= 'A' && c <= 'Z';
  }
}
