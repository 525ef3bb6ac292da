package dev.s3logs.parse;

/**
 * Reads the unquoted fields after the user agent. Their number grew over the years (none in 2012,
 * up to ten today) and AWS may append more, which are ignored. A host ID is occasionally logged as
 * two tokens; it is recognised because the token after it is then not a signature version while
 * the one after that is. Tokens after the version ID are only named when the signature version
 * sits where the format puts it.
 */
final class TrailingFields {

  private static final int MAX_TOKENS = 11;
  private final int[] starts = new int[MAX_TOKENS];
  private final int[] ends = new int[MAX_TOKENS];

  /** The fields from the version ID on, in log order; the host ID may span two tokens. */
  private static final Field[] AFTER_HOST_ID = {Field.SIGNATURE_VERSION, Field.CIPHER_SUITE,
      Field.AUTHENTICATION_TYPE, Field.HOST_HEADER, Field.TLS_VERSION, Field.ACCESS_POINT_ARN,
      Field.ACL_REQUIRED, Field.SOURCE_REGION};

  void read(LineScanner scanner, LineFields fields) {
    int count = tokenize(scanner);
    byte[] b = scanner.bytes();
    set(fields, Field.VERSION_ID, count, 0, 0);
    int hostIdTokens = count >= 4 && !isSignature(b, 2) && isSignature(b, 3) ? 2 : 1;
    if (count > 2 && !isSignature(b, 1 + hostIdTokens)) {
      // Not the shape of the 24-field format, whose signature version follows the host ID:
      // whatever follows the version ID is unknown, and naming it would be a guess.
      count = 1;
    }
    set(fields, Field.HOST_ID, count, 1, hostIdTokens);
    for (int i = 0; i < AFTER_HOST_ID.length; i++) {
      int token = 1 + hostIdTokens + i;
      set(fields, AFTER_HOST_ID[i], count, token, token);
    }
  }

  private int tokenize(LineScanner scanner) {
    int count = 0;
    while (count < MAX_TOKENS && !scanner.atEnd()) {
      scanner.next("trailing");
      starts[count] = scanner.tokenStart;
      ends[count] = scanner.tokenEnd;
      count++;
    }
    return count;
  }

  private boolean isSignature(byte[] b, int token) {
    return FieldShapes.isSignatureVersion(b, starts[token], ends[token]);
  }

  /** Sets the field to tokens [first, last], or clears it when the line has fewer tokens. */
  private void set(LineFields fields, Field field, int count, int first, int last) {
    if (last < count) {
      fields.set(field, starts[first], ends[last]);
    } else {
      fields.clear(field);
    }
  }
}
