package dev.s3logs.dashboards;

/**
 * Buckets by the most frequent values of {@code field} (a terms aggregation).
 *
 * @param byValue order buckets by value (hours of the day) instead of by count
 */
public record Split(String field, int size, boolean byValue) {

  public Split {
    if (size < 1) {
      throw new IllegalArgumentException("a split needs at least one bucket: " + field);
    }
  }

  public static Split top(String field, int size) {
    return new Split(field, size, false);
  }

  public static Split ordered(String field, int size) {
    return new Split(field, size, true);
  }
}
