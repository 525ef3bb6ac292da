package dev.s3logs.traffic;

import java.util.regex.Pattern;

/**
 * S3's two request price classes. Tier 1: PUT, COPY, POST and LIST requests (the operations
 * that list a bucket, its versions, its uploads, or the buckets); tier 2: GET and all others.
 */
public final class RequestTier {

  private static final String TIER1 = "^[A-Z]+\\.(PUT|POST|COPY)\\..*"
      + "|^[A-Z]+\\.GET\\.(BUCKET|BUCKETVERSIONS|UPLOADS|SERVICE)$";
  private static final Pattern PATTERN = Pattern.compile(TIER1);

  private RequestTier() {
  }

  /** The tier 1 operations as a regular expression (RE2 and Java alike). */
  public static String tier1Regex() {
    return TIER1;
  }

  public static boolean isTier1(String operation) {
    return operation != null && PATTERN.matcher(operation).matches();
  }
}
