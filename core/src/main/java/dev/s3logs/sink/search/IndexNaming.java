package dev.s3logs.sink.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The index a document goes to, from its event time (UTC), not from when it is ingested: a log
 * delivered late still lands in the index of its day. A pattern such as
 * {@code s3-access-logs-{yyyy.MM.dd}} names daily indices; a pattern without braces names one
 * index or data stream. Not thread-safe: it remembers the last day's name.
 */
public final class IndexNaming {

  public static final String DEFAULT_PATTERN = "s3-access-logs-{yyyy.MM.dd}";

  private final String prefix;
  private final DateTimeFormatter dateFormat;
  private final String suffix;
  private long lastDay = Long.MIN_VALUE;
  private byte[] lastName;

  public IndexNaming(String pattern) {
    int open = pattern.indexOf('{');
    int close = pattern.indexOf('}', open + 1);
    if (open < 0) {
      prefix = pattern;
      dateFormat = null;
      suffix = "";
    } else if (close < 0) {
      throw new IllegalArgumentException("index pattern '" + pattern + "' has '{' without '}'");
    } else {
      prefix = pattern.substring(0, open);
      dateFormat = formatter(pattern.substring(open + 1, close), pattern);
      suffix = pattern.substring(close + 1);
    }
    checkName(name(0));
  }

  /** The index name, as UTF-8, for an event at {@code epochSecond}. */
  public byte[] nameBytes(long epochSecond) {
    long day = Math.floorDiv(epochSecond, 86_400L);
    if (day != lastDay) {
      lastName = name(day).getBytes(StandardCharsets.UTF_8);
      lastDay = day;
    }
    return lastName;
  }

  /** The part before the date: what the index template's pattern and dead-letter index use. */
  public String prefix() {
    return prefix;
  }

  public boolean isDaily() {
    return dateFormat != null;
  }

  private String name(long epochDay) {
    return dateFormat == null ? prefix
        : prefix + dateFormat.format(LocalDate.ofEpochDay(epochDay)) + suffix;
  }

  private static DateTimeFormatter formatter(String format, String pattern) {
    try {
      return DateTimeFormatter.ofPattern(format);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("index pattern '" + pattern + "': '" + format
          + "' is not a date format (" + e.getMessage() + ")", e);
    }
  }

  /** The rules both engines apply to index names, checked once instead of failing every bulk. */
  private static void checkName(String name) {
    if (name.isEmpty() || !name.equals(name.toLowerCase(java.util.Locale.ROOT))
        || name.startsWith("-") || name.startsWith("_") || name.startsWith("+")
        || name.matches(".*[\\\\/*?\"<>| ,#:].*")) {
      throw new IllegalArgumentException("'" + name + "' is not a valid index name: lowercase, "
          + "no spaces or \\ / * ? \" < > | , # :, not starting with - _ +");
    }
  }
}
