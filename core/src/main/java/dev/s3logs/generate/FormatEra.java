package dev.s3logs.generate;

import java.util.Arrays;

/**
 * The successive lengths of the S3 access log line; AWS only ever appended fields. Each era
 * carries its share (out of 100) of the generated lines: most are modern.
 */
enum FormatEra {
  /** Until about 2018: ends with the version id. */
  FIELDS_18(18, 4),
  /** 2019-2020: adds host id, signature version, cipher suite, auth type, host header, TLS. */
  FIELDS_24(24, 5),
  /** Adds the access point ARN. */
  FIELDS_25(25, 5),
  /** Adds aclRequired. */
  FIELDS_26(26, 6),
  /** Adds the source region; what S3 writes today. */
  FIELDS_27(27, 80);

  private static final FormatEra[] VALUES = values();
  static final int TOTAL_SHARE = Arrays.stream(VALUES).mapToInt(era -> era.share).sum();

  private final int fieldCount;
  private final int share;

  FormatEra(int fieldCount, int share) {
    this.fieldCount = fieldCount;
    this.share = share;
  }

  int fieldCount() {
    return fieldCount;
  }

  /** The era that a roll in {@code [0, TOTAL_SHARE)} lands on. */
  static FormatEra pick(int roll) {
    int remaining = roll;
    for (FormatEra era : VALUES) {
      if (remaining < era.share) {
        return era;
      }
      remaining -= era.share;
    }
    throw new IllegalArgumentException("roll " + roll + " is outside [0, " + TOTAL_SHARE + ")");
  }
}
