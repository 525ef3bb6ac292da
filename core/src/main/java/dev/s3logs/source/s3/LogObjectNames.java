package dev.s3logs.source.s3;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates in the keys S3 gives access-log objects, relative to the prefix they are delivered
 * under. The simple layout puts {@code YYYY-mm-DD-HH-MM-SS-UniqueString} right after the prefix;
 * the date-based partitioned layout puts {@code SourceAccountId/SourceRegion/SourceBucket/} and
 * then {@code YYYY/MM/DD/} before that name. Both sort by date within one folder, which is what
 * lets a listing start after a date and stop at one.
 */
final class LogObjectNames {

  private static final Pattern SIMPLE =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-\\d{2}-\\d{2}-\\d{2}-[^/]+$");
  private static final Pattern DAY_FOLDERS = Pattern.compile(
      "^(\\d{4})/(\\d{2})/(\\d{2})/\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-[^/]+$");
  private static final Pattern ACCOUNT = Pattern.compile("^\\d{12}$");
  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

  private LogObjectNames() {
  }

  /** The date of a simple-layout name such as {@code 2024-03-07-10-15-42-1A2B3C4D5E6F7A8B}. */
  static Optional<LocalDate> simpleDate(String name) {
    return date(SIMPLE.matcher(name));
  }

  /**
   * The date of {@code YYYY/MM/DD/YYYY-mm-DD-HH-MM-SS-UniqueString} under a source bucket's
   * folder of the partitioned layout: the folder's day, which is what its listing is sorted by.
   */
  static Optional<LocalDate> dayFolderDate(String path) {
    return date(DAY_FOLDERS.matcher(path));
  }

  /** The key text that the simple names of {@code day} start with: {@code 2024-03-07}. */
  static String simpleDay(LocalDate day) {
    return day.toString();
  }

  /** The folders of {@code day} in the partitioned layout: {@code 2024/03/07/}. */
  static String dayFolders(LocalDate day) {
    return String.format("%04d/%02d/%02d/", day.getYear(), day.getMonthValue(),
        day.getDayOfMonth());
  }

  /** Whether a folder name is a twelve-digit account ID, the partitioned layout's top level. */
  static boolean isAccountFolder(String name) {
    return ACCOUNT.matcher(name).matches();
  }

  /** Whether a folder name is a year: the prefix is then one source bucket's partitioned folder. */
  static boolean isYearFolder(String name) {
    return YEAR.matcher(name).matches();
  }

  private static Optional<LocalDate> date(Matcher matcher) {
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
