package dev.s3logs.source.s3;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of one listing: those under {@code prefix} after {@code startAfter} and before
 * {@code end}, all of them or only those with no {@code /} after the prefix.
 *
 * @param startAfter S3's StartAfter: where the listing starts, exclusive
 * @param end the first key not wanted: the listing stops there instead of running on
 */
record KeyRange(String prefix, Optional<String> startAfter, Optional<String> end,
    boolean directChildrenOnly) {

  static KeyRange everything(String prefix) {
    return new KeyRange(prefix, Optional.empty(), Optional.empty(), false);
  }

  /** Simple-layout names right under {@code prefix}, from {@code since} to {@code until}. */
  static KeyRange simpleLayout(String prefix, LogDateRange days) {
    return new KeyRange(prefix, bound(prefix, days.since(), LogObjectNames::simpleDay),
        bound(prefix, days.end(), LogObjectNames::simpleDay), true);
  }

  /** {@code YYYY/MM/DD/name} under a source bucket's folder, {@code since} to {@code until}. */
  static KeyRange dayFolders(String folder, LogDateRange days) {
    return new KeyRange(folder, bound(folder, days.since(), LogObjectNames::dayFolders),
        bound(folder, days.end(), LogObjectNames::dayFolders), false);
  }

  /** Whether S3 lists {@code key} in this range; the listing stops at the first past the end. */
  boolean includes(String key) {
    return key.startsWith(prefix)
        && startAfter.map(s -> key.compareTo(s) > 0).orElse(true)
        && isBeforeEnd(key)
        && !(directChildrenOnly && key.indexOf('/', prefix.length()) >= 0);
  }

  boolean isBeforeEnd(String key) {
    // S3 orders keys by their UTF-8 bytes, String by UTF-16 units: the two orders agree against
    // the ASCII end keys used here.
    return end.map(e -> key.compareTo(e) < 0).orElse(true);
  }

  private static Optional<String> bound(String prefix, Optional<LocalDate> day,
      Function<LocalDate, String> format) {
    return day.map(d -> prefix + format.apply(d));
  }
}
