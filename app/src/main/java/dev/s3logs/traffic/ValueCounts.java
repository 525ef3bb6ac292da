package dev.s3logs.traffic;

import java.util.List;

/**
 * How many requests had each value of a time, in increasing order of value: enough for exact
 * percentiles. Times are whole milliseconds, so even millions of requests have a few thousand
 * distinct values, and counting them is far cheaper for a store than sorting every request
 * (over 10 million rows in DuckDB, 0.05 s against 4.5 s for {@code quantile_cont}).
 */
public record ValueCounts(List<ValueCount> counts) {

  /** A value and how many requests had it. */
  public record ValueCount(double value, long count) {
  }

  /**
   * The 50th, 95th and 99th percentiles, interpolated linearly between ranks (as DuckDB's
   * {@code quantile_cont} does); nulls when no request had the time.
   */
  public Latency.Percentiles percentiles() {
    long n = counts.stream().mapToLong(ValueCount::count).sum();
    if (n == 0) {
      return new Latency.Percentiles(null, null, null);
    }
    return new Latency.Percentiles(at(n, 0.5), at(n, 0.95), at(n, 0.99));
  }

  private double at(long n, double q) {
    double rank = q * (n - 1);
    long below = (long) Math.floor(rank);
    double low = valueAt(below);
    double high = valueAt(Math.min(below + 1, n - 1));
    return low + (rank - below) * (high - low);
  }

  /** The value at {@code rank} (from 0) of the values in order. */
  private double valueAt(long rank) {
    long seen = 0;
    for (ValueCount count : counts) {
      seen += count.count();
      if (rank < seen) {
        return count.value();
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + seen + " values");
  }
}
