package dev.s3logs.sink.search.setup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long log indices are kept, as {@code --retention} gives it: a whole number of days or
 * hours ({@code 90d}, {@code 12h}). Both engines read the same text in their policies.
 */
public record Retention(long amount, Unit unit) {

  /** The units a retention can be given in, with the suffix both engines understand. */
  public enum Unit {
    DAYS("d", 24), HOURS("h", 1);

    final String suffix;
    final long hours;

    Unit(String suffix, long hours) {
      this.suffix = suffix;
      this.hours = hours;
    }
  }

  /** A hundred years: anything longer is a typo, not a retention. */
  private static final long MAX_HOURS = 100L * 366 * 24;
  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})([dh])");

  public Retention {
    if (amount <= 0 || amount * unit.hours > MAX_HOURS) {
      throw new IllegalArgumentException("retention must be between 1h and 100 years: got "
          + amount + unit.suffix);
    }
  }

  /** Reads {@code 90d} or {@code 12h}; anything else is refused with a message saying why. */
  public static Retention parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("retention must be a whole number of days or hours, "
          + "like 90d or 12h: got '" + text + "'");
    }
    long amount = Long.parseLong(m.group(1));
    if (amount == 0) {
      throw new IllegalArgumentException("retention " + text.strip()
          + " would delete indices as soon as they are created; give at least 1h");
    }
    return new Retention(amount, m.group(2).equals("d") ? Unit.DAYS : Unit.HOURS);
  }

  public long hours() {
    return amount * unit.hours;
  }

  /** As the engines write a time value: {@code 90d}. */
  @Override
  public String toString() {
    return amount + unit.suffix;
  }
}
