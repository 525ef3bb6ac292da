package dev.s3logs.generate;

import java.time.LocalDate;

/**
 * Formats epoch seconds the way S3 does, without {@code DateTimeFormatter} on the hot path:
 * the date part only changes once a day, so it is built once and cached.
 */
final class UtcStamps {

  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final int SECONDS_PER_DAY = 86_400;
  private static final char NO_SEPARATOR = 0;

  private long cachedDay = Long.MIN_VALUE;
  private String logDatePrefix;
  private String compactDate;

  /** {@code [06/Feb/2019:00:00:38 +0000]} */
  void appendLogTime(StringBuilder sb, long epochSecond) {
    int secondOfDay = refresh(epochSecond);
    sb.append(logDatePrefix);
    appendClock(sb, secondOfDay, ':');
    sb.append(" +0000]");
  }

  /** {@code 20261101T134605Z}, the X-Amz-Date of a presigned URL. */
  void appendAmzDate(StringBuilder sb, long epochSecond) {
    int secondOfDay = refresh(epochSecond);
    sb.append(compactDate).append('T');
    appendClock(sb, secondOfDay, NO_SEPARATOR);
    sb.append('Z');
  }

  /** {@code 20261101}, the date scope of a SigV4 credential. */
  void appendCompactDate(StringBuilder sb, long epochSecond) {
    refresh(epochSecond);
    sb.append(compactDate);
  }

  private int refresh(long epochSecond) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    if (day != cachedDay) {
      LocalDate date = LocalDate.ofEpochDay(day);
      StringBuilder prefix = new StringBuilder(13).append('[');
      twoDigits(prefix, date.getDayOfMonth()).append('/').append(MONTHS[date.getMonthValue() - 1]);
      logDatePrefix = prefix.append('/').append(date.getYear()).append(':').toString();
      StringBuilder compact = new StringBuilder(8).append(date.getYear());
      twoDigits(compact, date.getMonthValue());
      compactDate = twoDigits(compact, date.getDayOfMonth()).toString();
      cachedDay = day;
    }
    return (int) (epochSecond - day * SECONDS_PER_DAY);
  }

  private static void appendClock(StringBuilder sb, int secondOfDay, char separator) {
    twoDigits(sb, secondOfDay / 3600);
    separate(sb, separator);
    twoDigits(sb, secondOfDay / 60 % 60);
    separate(sb, separator);
    twoDigits(sb, secondOfDay % 60);
  }

  private static void separate(StringBuilder sb, char separator) {
    if (separator != NO_SEPARATOR) {
      sb.append(separator);
    }
  }

  private static StringBuilder twoDigits(StringBuilder sb, int value) {
    return sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
