package dev.s3logs.generate;

import java.util.SplittableRandom;

/** Random identifiers shaped like the ones S3 writes: request ids, host ids, hex digests. */
final class Tokens {

  private static final char[] REQUEST_ID_CHARS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final char[] BASE64_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  private static final char[] HEX_CHARS = "0123456789abcdef".toCharArray();
  private static final int REQUEST_ID_LENGTH = 16;
  // 75 base64 characters and one '=' of padding: the length of a real x-amz-id-2.
  private static final int HOST_ID_BODY_LENGTH = 75;

  private final SplittableRandom random;
  // Characters are gathered here and appended in one call, much cheaper than one call each.
  private final char[] scratch = new char[HOST_ID_BODY_LENGTH + 1];

  Tokens(SplittableRandom random) {
    this.random = random;
  }

  void appendRequestId(StringBuilder sb) {
    // Four characters per random long: 16 bits each, scaled onto the alphabet by multiply-shift.
    long bits = 0;
    for (int i = 0; i < REQUEST_ID_LENGTH; i++) {
      if (i % 4 == 0) {
        bits = random.nextLong();
      }
      scratch[i] = REQUEST_ID_CHARS[(int) ((bits & 0xFFFF) * REQUEST_ID_CHARS.length >>> 16)];
      bits >>>= 16;
    }
    sb.append(scratch, 0, REQUEST_ID_LENGTH);
  }

  String requestId() {
    StringBuilder sb = new StringBuilder(REQUEST_ID_LENGTH);
    appendRequestId(sb);
    return sb.toString();
  }

  void appendHostId(StringBuilder sb) {
    // One random long yields ten 6-bit characters, far cheaper than a call per character.
    long bits = 0;
    for (int i = 0; i < HOST_ID_BODY_LENGTH; i++) {
      if (i % 10 == 0) {
        bits = random.nextLong();
      }
      scratch[i] = BASE64_CHARS[(int) (bits & 63)];
      bits >>>= 6;
    }
    scratch[HOST_ID_BODY_LENGTH] = '=';
    sb.append(scratch, 0, HOST_ID_BODY_LENGTH + 1);
  }

  String hostId() {
    StringBuilder sb = new StringBuilder(HOST_ID_BODY_LENGTH + 1);
    appendHostId(sb);
    return sb.toString();
  }

  void appendHex(StringBuilder sb, int length) {
    long bits = 0;
    for (int i = 0; i < length; i++) {
      if (i % 16 == 0) {
        bits = random.nextLong();
      }
      sb.append(HEX_CHARS[(int) (bits & 15)]);
      bits >>>= 4;
    }
  }

  String hex(int length) {
    StringBuilder sb = new StringBuilder(length);
    appendHex(sb, length);
    return sb.toString();
  }

  /** A random (version 4) UUID, as S3 uses for the job id of compute-checksum requests. */
  String uuid() {
    StringBuilder sb = new StringBuilder(36);
    appendHex(sb, 8);
    sb.append('-');
    appendHex(sb, 4);
    sb.append("-4");
    appendHex(sb, 3);
    sb.append('-').append(HEX_CHARS[8 + random.nextInt(4)]);
    appendHex(sb, 3);
    sb.append('-');
    appendHex(sb, 12);
    return sb.toString();
  }

  /** Version ids are 32 URL-safe characters. */
  String versionId() {
    StringBuilder sb = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      char c = BASE64_CHARS[random.nextInt(BASE64_CHARS.length)];
      sb.append(c == '+' ? '.' : c == '/' ? '_' : c);
    }
    return sb.toString();
  }
}
