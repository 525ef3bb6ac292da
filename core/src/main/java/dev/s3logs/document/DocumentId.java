package dev.s3logs.document;

import dev.s3logs.parse.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Document ids. A log line's id is 16 bytes, base64url-encoded to 22 characters: the event's
 * second since the epoch (4 bytes, big-endian, unsigned, so in order until 2106), then the first
 * 96 bits of the SHA-256 of the raw line (without its line ending). A line that did not parse has
 * no time; its dead letter's id is the first 128 bits of the digest.
 *
 * <p>Why content and not position: the same log object can be read again (redelivered SQS
 * message, a re-run over a directory, a file copied elsewhere) and must map to the same ids, so
 * that every sink overwrites instead of duplicating. S3's request ID alone is not unique per line:
 * a copy logs two records with one request ID, and a multi-object delete logs one line per key.
 *
 * <p>Why the time first: the engine looks every id up before it writes a document, and ids that
 * arrive nearly in order share prefixes, which makes the id's index about 10 bytes a document
 * smaller (README, "Document cost"). Two different lines get one id only if they are of the same
 * second and their digests agree on 96 bits: for n lines in one second the chance is about
 * n²/2⁹⁷, below 10⁻¹¹ even for a billion lines in a second. A cryptographic hash also means
 * nobody who can make requests to a bucket (and so controls the URI, referer and user agent in
 * its log) can craft two lines with one id to hide a request. Lines that are byte-for-byte
 * identical get the same id on purpose: S3 delivers logs best-effort and an identical line is the
 * same record delivered twice.
 *
 * <p>The ids are a compatibility promise (README): the same line must keep its id in every later
 * release, or re-reading old logs would duplicate them.
 *
 * <p>Not thread-safe: one instance per parsing thread.
 */
public final class DocumentId {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final int TIME_BYTES = 4;
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

  /** The first 64 bits of the last id's digest. */
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

  /**
   * The dead-letter id of the unparsed {@code line[from, to)}; a trailing CR or LF is not part
   * of it.
   */
  public String of(byte[] line, int from, int to) {
    digest(line, from, to);
    System.arraycopy(digest, 0, half, 0, half.length);
    return new String(encode(), StandardCharsets.US_ASCII);
  }

  /**
   * The id of the log line {@code line[from, to)} whose event second is {@code epochSecond}, as
   * ASCII bytes in an array that the next call overwrites.
   */
  public byte[] bytesOf(byte[] line, int from, int to, long epochSecond) {
    digest(line, from, to);
    for (int i = 0; i < TIME_BYTES; i++) {
      half[i] = (byte) (epochSecond >>> (8 * (TIME_BYTES - 1 - i)));
    }
    System.arraycopy(digest, 0, half, TIME_BYTES, half.length - TIME_BYTES);
    return encode();
  }

  private void digest(byte[] line, int from, int to) {
    int end = ByteSearch.lineEnd(line, from, to);
    sha256.update(line, from, end - from);
    try {
      sha256.digest(digest, 0, digest.length);
    } catch (DigestException e) {
      throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
    }
  }

  private byte[] encode() {
    // The encoder takes whole arrays only.
    ENCODER.encode(half, encoded);
    return encoded;
  }
}
