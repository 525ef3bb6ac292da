package dev.s3logs.source.s3;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The UTC days of {@code --since} and {@code --until}, both inclusive, either open.
 */
public record LogDateRange(Optional<LocalDate> since, Optional<LocalDate> until) {

  /** No bound: every object is read. */
  public static final LogDateRange ALL = new LogDateRange(Optional.empty(), Optional.empty());

  public LogDateRange {
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new InvalidS3SourceException("--since " + since.get() + " is after --until "
          + until.get() + ": no log object can be in that range");
    }
  }

  public boolean isBounded() {
    return since.isPresent() || until.isPresent();
  }

  public boolean contains(LocalDate day) {
    return since.map(s -> !day.isBefore(s)).orElse(true)
        && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  /** The first day after the range, where a listing in date order can stop. */
  Optional<LocalDate> end() {
    return until.map(u -> u.plusDays(1));
  }
}
