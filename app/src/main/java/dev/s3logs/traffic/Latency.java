package dev.s3logs.traffic;

/**
 * Percentiles in milliseconds, interpolated linearly between ranks; null where no request had
 * the time (S3 leaves it out for some requests).
 */
public record Latency(Percentiles totalTime, Percentiles turnAroundTime) {

  /** The 50th, 95th and 99th percentiles. */
  public record Percentiles(Double p50, Double p95, Double p99) {
  }
}
