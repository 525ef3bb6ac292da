package dev.s3logs.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Formats {@code @timestamp} as the bytes of {@code 2019-02-06T00:00:38.000Z}. S3 logs whole
 * seconds and lines come roughly in time order, so the date part is kept between calls and the
 * time of day is written with arithmetic. Not thread-safe; the returned array is reused.
 */
final class IsoTimestamp {

  private final byte[] text = "0000-00-00T00:00:00.000Z".getBytes(StandardCharsets.US_ASCII);
  private long day = Long.MIN_VALUE;

  byte[] format(Instant time) {
    long second = time.getEpochSecond();
    long epochDay = Math.floorDiv(second, 86_400);
    if (epochDay != day) {
      byte[] date = LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
      if (date.length != 10) {
        // Years beyond 9999 or before 0 never occur in S3 logs; keep them correct anyway.
        return time.toString().getBytes(StandardCharsets.US_ASCII);
      }
      System.arraycopy(date, 0, text, 0, 10);
      day = epochDay;
    }
    int secondOfDay = (int) (second - epochDay * 86_400);
    two(secondOfDay / 3600, 11);
    two(secondOfDay / 60 % 60, 14);
    two(secondOfDay % 60, 17);
    int millis = time.getNano() / 1_000_000;
    text[20] = (byte) ('0' + millis / 100);
    text[21] = (byte) ('0' + millis / 10 % 10);
    text[22] = (byte) ('0' + millis % 10);
    return text;
  }

  private void two(int value, int at) {
    text[at] = (byte) ('0' + value / 10);
    text[at + 1] = (byte) ('0' + value % 10);
  }
}
