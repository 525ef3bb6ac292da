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

  void read(LineScanner scanner, RecordFields fields) {
    fields.clearTrailing();
    int count = tokenize(scanner);
    byte[] b = scanner.bytes();
    fields.versionId = text(scanner, count, 0);
    int hostIdTokens = count >= 4 && !isSignature(b, 2) && isSignature(b, 3) ? 2 : 1;
    if (count > 2 && !isSignature(b, 1 + hostIdTokens)) {
      // Not the shape of the 24-field format, whose signature version follows the host ID:
      // whatever follows the version ID is unknown, and naming it would be a guess.
      return;
    }
    fields.hostId = count > 1 ? scanner.text(starts[1], ends[hostIdTokens]) : null;
    int next = 1 + hostIdTokens;
    fields.signatureVersion = repeating(scanner, count, next);
    fields.cipherSuite = repeating(scanner, count, next + 1);
    fields.authenticationType = repeating(scanner, count, next + 2);
    fields.hostHeader = repeating(scanner, count, next + 3);
    fields.tlsVersion = repeating(scanner, count, next + 4);
    fields.accessPointArn = repeating(scanner, count, next + 5);
    fields.aclRequired = repeating(scanner, count, next + 6);
    fields.sourceRegion = repeating(scanner, count, next + 7);
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

  private String text(LineScanner scanner, int count, int token) {
    return token < count ? scanner.text(starts[token], ends[token]) : null;
  }

  private String repeating(LineScanner scanner, int count, int token) {
    return token < count ? scanner.repeating(starts[token], ends[token]) : null;
  }
}
