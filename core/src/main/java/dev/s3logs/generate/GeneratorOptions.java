package dev.s3logs.generate;

import java.time.LocalDate;

/**
 * What a {@link SyntheticLogGenerator} produces.
 *
 * @param seed drives every random choice, so equal options give byte-identical output
 * @param lines how many log lines to produce
 * @param firstDay the first UTC day the timestamps fall on
 * @param days how many consecutive UTC days the timestamps spread over
 */
public record GeneratorOptions(long seed, long lines, LocalDate firstDay, int days) {

  // S3 prints four-digit years; anything else would not look like a real log.
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  public GeneratorOptions {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must be >= 0, got " + lines);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, got " + days);
    }
    if (firstDay == null) {
      throw new IllegalArgumentException("firstDay must not be null");
    }
    LocalDate lastDay = firstDay.plusDays(days - 1L);
    if (firstDay.getYear() < MIN_YEAR || lastDay.getYear() > MAX_YEAR) {
      throw new IllegalArgumentException("days " + firstDay + " to " + lastDay
          + " must lie within the years " + MIN_YEAR + " to " + MAX_YEAR);
    }
  }

  /** 100,000 lines over 2026-11-01 to 2026-11-03 from seed 42. */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(42, 100_000, LocalDate.of(2026, 11, 1), 3);
  }

  public GeneratorOptions withSeed(long newSeed) {
    return new GeneratorOptions(newSeed, lines, firstDay, days);
  }

  public GeneratorOptions withLines(long newLines) {
    return new GeneratorOptions(seed, newLines, firstDay, days);
  }
}
