package dev.s3logs.document;

import dev.s3logs.parse.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The document id: the first 128 bits of the SHA-256 of the raw line (without its line ending),
 * base64url-encoded to 22 characters.
 *
 * <p>Why content and not position: the same log object can be read again (redelivered SQS
 * message, a re-run over a directory, a file copied elsewhere) and must map to the same ids, so
 * that every sink overwrites instead of duplicating. S3's request ID alone is not unique per line:
 * a copy logs two records with one request ID, and a multi-object delete logs one line per key.
 *
 * <p>Why collision-safe: two different lines get the same id only if SHA-256 truncated to 128
 * bits collides. For n lines the chance of any collision is about n²/2¹²⁹: below 10⁻¹⁴ for a
 * trillion lines. A cryptographic hash also means nobody who can make requests to a bucket (and so
 * controls the URI, referer and user agent in its log) can craft two lines with one id to hide a
 * request, which non-cryptographic 128-bit hashes such as MurmurHash3 do not rule out. Lines that
 * are byte-for-byte identical get the same id on purpose: S3 delivers logs best-effort and an
 * identical line is the same record delivered twice.
 *
 * <p>Not thread-safe: one instance per parsing thread.
 */
public final class DocumentId {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private final MessageDigest sha256;
  private final byte[] digest = new byte[32];
  private final byte[] half = new byte[16];
  private final byte[] encoded = new byte[22];

  public DocumentId() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /** The first 64 bits of the last id's digest (the id holds 128 of them). */
  public long lastHigh() {
    return bits(0);
  }

  /** Bits 64 to 127 of the last id's digest. */
  public long lastLow() {
    return bits(8);
  }

  private long bits(int from) {
    long value = 0;
    for (int i = from; i < from + 8; i++) {
      value = value << 8 | (digest[i] & 0xff);
    }
    return value;
  }

  /** The id of {@code line[from, to)}; a trailing CR or LF is not part of the line. */
  public String of(byte[] line, int from, int to) {
    return new String(bytesOf(line, from, to), StandardCharsets.US_ASCII);
  }

  /** Like {@link #of} as ASCII bytes, in an array that the next call overwrites. */
  public byte[] bytesOf(byte[] line, int from, int to) {
    int end = ByteSearch.lineEnd(line, from, to);
    sha256.update(line, from, end - from);
    try {
      sha256.digest(digest, 0, digest.length);
    } catch (DigestException e) {
      throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
    }
    // The encoder takes whole arrays only.
    System.arraycopy(digest, 0, half, 0, half.length);
    ENCODER.encode(half, encoded);
    return encoded;
  }
}
