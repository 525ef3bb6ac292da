package dev.s3logs.bench;

import java.util.Arrays;

/** The median of a benchmark's rounds (the mean of the middle two for an even count). */
final class Median {

  private Median() {
  }

  static double of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
