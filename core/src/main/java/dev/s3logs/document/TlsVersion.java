package dev.s3logs.document;

/** Splits S3's {@code TLSv1.2} (the docs also show {@code TLSV1.2}) into ECS's version "1.2". */
final class TlsVersion {

  private TlsVersion() {
  }

  /** Where the version number starts in {@code b[from, to)}, or -1 when it is not TLS. */
  static int numberStart(byte[] b, int from, int to) {
    if (to - from < 5) {
      return -1;
    }
    boolean tls = (b[from] | 0x20) == 't' && (b[from + 1] | 0x20) == 'l'
        && (b[from + 2] | 0x20) == 's' && (b[from + 3] | 0x20) == 'v';
    return tls ? from + 4 : -1;
  }
}
