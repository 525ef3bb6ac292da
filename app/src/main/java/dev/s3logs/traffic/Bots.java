package dev.s3logs.traffic;

import java.util.Locale;

/** Whether requests from bots ({@link BotPatterns}) are counted: all, only them, or none. */
public enum Bots {
  INCLUDE, ONLY, EXCLUDE;

  public static Bots parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bots '" + text + "' is not one of include, only,"
          + " exclude", e);
    }
  }
}
