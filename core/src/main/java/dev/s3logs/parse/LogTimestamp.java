package dev.s3logs.parse;

import java.time.Instant;
import java.util.Arrays;

/**
 * Reads S3's {@code [06/Feb/2019:00:00:38 +0000]} by hand: a formatter costs more than the rest of
 * the line. Offsets other than +0000 occur in old logs and are converted to UTC. Busy buckets log
 * many requests per second, so the last time is kept and reused when the text repeats.
 * Not thread-safe.
 */
final class LogTimestamp {

  private static final int LENGTH = 28;
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private final byte[] lastText = new byte[LENGTH];
  private Instant last;

  /** Parses the bracketed time at {@code from}; the caller skips {@value #LENGTH} bytes. */
  Instant parse(byte[] b, int from, int end) {
    if (last != null && end - from >= LENGTH
        && Arrays.equals(lastText, 0, LENGTH, b, from, from + LENGTH)) {
      return last;
    }
    Instant time = parseText(b, from, end);
    System.arraycopy(b, from, lastText, 0, LENGTH);
    last = time;
    return time;
  }

  private static Instant parseText(byte[] b, int from, int end) {
    if (end - from < LENGTH || b[from] != '[' || b[from + 27] != ']') {
      throw invalid(b, from, end);
    }
    if (b[from + 3] != '/' || b[from + 7] != '/' || b[from + 12] != ':' || b[from + 15] != ':'
        || b[from + 18] != ':' || b[from + 21] != ' ') {
      throw invalid(b, from, end);
    }
    int day = digits(b, from + 1, 2);
    int month = month(b, from + 4);
    int year = digits(b, from + 8, 4);
    int hour = digits(b, from + 13, 2);
    int minute = digits(b, from + 16, 2);
    int second = digits(b, from + 19, 2);
    int offset = offsetSeconds(b, from + 22);
    boolean negative = (year | hour | minute | second) < 0;
    if (negative || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60 || offset == Integer.MIN_VALUE) {
      throw invalid(b, from, end);
    }
    long epochDay = epochDay(year, month, day);
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset);
  }

  static int length() {
    return LENGTH;
  }

  private static int offsetSeconds(byte[] b, int at) {
    int sign = b[at] == '+' ? 1 : b[at] == '-' ? -1 : 0;
    int hours = digits(b, at + 1, 2);
    int minutes = digits(b, at + 3, 2);
    if (sign == 0 || hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    return sign * (hours * 3600 + minutes * 60);
  }

  private static int digits(byte[] b, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      if (!FieldShapes.isDigit(b[i])) {
        return Integer.MIN_VALUE / 2;
      }
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  private static int month(byte[] b, int at) {
    for (int m = 0; m < 12; m++) {
      if (MONTHS.charAt(m * 3) == b[at] && MONTHS.charAt(m * 3 + 1) == b[at + 1]
          && MONTHS.charAt(m * 3 + 2) == b[at + 2]) {
        return m + 1;
      }
    }
    return 0;
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      case 0:
        return 0;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 for a proleptic Gregorian date (the civil-from-days inverse). */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }

  private static MalformedLineException invalid(byte[] b, int from, int end) {
    int to = Math.min(end, from + LENGTH);
    String seen = new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    return new MalformedLineException("time is not [dd/MMM/yyyy:HH:mm:ss +hhmm]: '" + seen + "'");
  }
}
