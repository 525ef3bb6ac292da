package dev.s3logs.traffic;

import java.time.Instant;

/**
 * The matching requests in sum; {@code first} and {@code last} are null when none match. Tier 1
 * and tier 2 are S3's request price classes (see {@link RequestTier}).
 */
public record Totals(long requests, long bytesSent, long errors, long tier1Requests,
    long tier2Requests, Instant first, Instant last) {

  public double errorRate() {
    return requests == 0 ? 0 : (double) errors / requests;
  }
}
