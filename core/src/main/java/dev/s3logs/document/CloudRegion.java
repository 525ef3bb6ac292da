package dev.s3logs.document;

import java.util.HashMap;
import java.util.Map;

/**
 * The bucket's region, where the line tells it: from the access point ARN, or from a regional S3
 * endpoint in the host header ({@code s3.eu-west-1.amazonaws.com},
 * {@code b.s3-website-us-east-1.amazonaws.com}, legacy {@code s3-eu-west-1.amazonaws.com}). The
 * global endpoint {@code s3.amazonaws.com} and custom domains say nothing, so no region is given.
 * The log's own "source region" field is where the request came from, not the bucket's region.
 *
 * <p>A bucket's log has a handful of host headers and access points, so answers are kept.
 * Not thread-safe.
 */
final class CloudRegion {

  private static final int MAX_REMEMBERED = 4096;
  private static final String NONE = "";
  private final Map<String, String> byArn = new HashMap<>();
  private final Map<String, String> byHost = new HashMap<>();

  String of(String accessPointArn, String hostHeader) {
    String region = accessPointArn == null ? NONE : remembered(byArn, accessPointArn, true);
    if (region == NONE && hostHeader != null) {
      region = remembered(byHost, hostHeader, false);
    }
    return region == NONE ? null : region;
  }

  private static String remembered(Map<String, String> answers, String key, boolean arn) {
    String region = answers.get(key);
    if (region == null) {
      if (answers.size() >= MAX_REMEMBERED) {
        answers.clear();
      }
      region = arn ? fromArn(key) : fromHost(key);
      region = region == null ? NONE : region;
      answers.put(key, region);
    }
    return region;
  }

  static String fromArn(String arn) {
    if (arn == null || !arn.startsWith("arn:")) {
      return null;
    }
    String[] parts = arn.split(":", 5);
    return parts.length == 5 && isRegion(parts[3]) ? parts[3] : null;
  }

  static String fromHost(String host) {
    if (host == null) {
      return null;
    }
    int suffix = host.indexOf(".amazonaws.com");
    if (suffix < 0) {
      return null;
    }
    String[] labels = host.substring(0, suffix).split("\\.");
    for (int i = labels.length - 1; i >= 0; i--) {
      String label = labels[i];
      String candidate = label.startsWith("s3-website-") ? label.substring(11)
          : label.startsWith("s3-") ? label.substring(3) : label;
      if (isRegion(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** {@code us-east-1}, {@code us-gov-west-1}, {@code eu-central-2}: letters, dashes, a number. */
  static boolean isRegion(String s) {
    int lastDash = s.lastIndexOf('-');
    if (s.length() < 6 || s.indexOf('-') != 2 || lastDash <= 3 || lastDash >= s.length() - 1
        || s.length() - lastDash > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = i > lastDash ? c >= '0' && c <= '9' : (c >= 'a' && c <= 'z') || c == '-';
      if (!ok || (c == '-' && s.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }
}
