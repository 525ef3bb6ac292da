package dev.s3logs.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Formats {@code @timestamp} as {@code 2019-02-06T00:00:38.000Z}. Log lines come in time order
 * and S3 logs whole seconds, so consecutive lines usually share a second: the last result is
 * kept. Not thread-safe.
 */
final class IsoTimestamp {

  private long lastSecond = Long.MIN_VALUE;
  private String lastText;

  String format(Instant time) {
    long second = time.getEpochSecond();
    if (second != lastSecond || time.getNano() != 0) {
      lastText = render(time);
      lastSecond = time.getNano() == 0 ? second : Long.MIN_VALUE;
    }
    return lastText;
  }

  private static String render(Instant time) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), ZoneOffset.UTC);
    StringBuilder s = new StringBuilder(24);
    pad(s, t.getYear(), 4).append('-');
    pad(s, t.getMonthValue(), 2).append('-');
    pad(s, t.getDayOfMonth(), 2).append('T');
    pad(s, t.getHour(), 2).append(':');
    pad(s, t.getMinute(), 2).append(':');
    pad(s, t.getSecond(), 2).append('.');
    return pad(s, t.getNano() / 1_000_000, 3).append('Z').toString();
  }

  private static StringBuilder pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    return s.append(digits);
  }
}
