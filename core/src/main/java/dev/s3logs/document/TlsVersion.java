package dev.s3logs.document;

/** Splits S3's {@code TLSv1.2} (the docs also show {@code TLSV1.2}) into ECS's version "1.2". */
final class TlsVersion {

  private TlsVersion() {
  }

  static String number(String logged) {
    if (logged == null || logged.length() < 5 || !logged.regionMatches(true, 0, "TLSv", 0, 4)) {
      return null;
    }
    return logged.substring(4);
  }
}
