package dev.s3logs.document;

/** Splits S3's {@code TLSv1.2} (the docs also show {@code TLSV1.2}) into ECS's version "1.2". */
final class TlsVersion {

  private TlsVersion() {
  }

  /** Where the version number starts in the logged value, or -1 when it is not TLS. */
  static int numberStart(String logged) {
    return logged == null || logged.length() < 5 || !logged.regionMatches(true, 0, "TLSv", 0, 4) ? -1 : 4;
  }
}
