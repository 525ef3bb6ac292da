package dev.s3logs.config;

import java.util.Locale;

/** Sizes such as {@code 5mb}, {@code 512kb} or {@code 100000} (bytes), from 1 KB to 1 GB. */
public final class DataSize {

  private DataSize() {
  }

  /**
   * The number of bytes {@code text} says.
   *
   * @throws IllegalArgumentException saying what is wrong with it, quoting it
   */
  public static int parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("mb")) {
      unit = 1 << 20;
    } else if (t.endsWith("kb")) {
      unit = 1 << 10;
    }
    String digits = unit == 1 ? t : t.substring(0, t.length() - 2).strip();
    long bytes;
    try {
      bytes = Long.parseLong(digits) * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a size such as 5mb or 512kb");
    }
    if (bytes < 1024 || bytes > (1L << 30)) {
      throw new IllegalArgumentException("'" + text + "' is outside 1kb..1024mb");
    }
    return (int) bytes;
  }
}
