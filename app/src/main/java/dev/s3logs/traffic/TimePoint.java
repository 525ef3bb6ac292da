package dev.s3logs.traffic;

import java.time.Instant;

/** One interval over time; errors are responses with a status of 400 or more. */
public record TimePoint(Instant start, long requests, long bytesSent, long errors) {

  public static TimePoint empty(Instant start) {
    return new TimePoint(start, 0, 0, 0);
  }

  public double errorRate() {
    return requests == 0 ? 0 : (double) errors / requests;
  }
}
