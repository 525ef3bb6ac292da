package dev.s3logs.document;

/**
 * The bucket's region, where the line tells it: from the access point ARN, or from a regional S3
 * endpoint in the host header ({@code s3.eu-west-1.amazonaws.com},
 * {@code b.s3-website-us-east-1.amazonaws.com}, legacy {@code s3-eu-west-1.amazonaws.com}). The
 * global endpoint {@code s3.amazonaws.com} and custom domains say nothing, so no region is given.
 * The log's own "source region" field is where the request came from, not the bucket's region.
 */
public final class CloudRegion {

  private CloudRegion() {
  }

  public static String of(String accessPointArn, String hostHeader) {
    String fromArn = fromArn(accessPointArn);
    return fromArn != null ? fromArn : fromHost(hostHeader);
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

  /** {@code us-east-1}, {@code us-gov-west-1}, {@code eu-central-2}. */
  static boolean isRegion(String s) {
    String[] parts = s.split("-");
    if (parts.length < 3 || parts[0].length() != 2 || !parts[parts.length - 1].matches("\\d{1,2}")) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (!parts[i].matches("[a-z]+")) {
        return false;
      }
    }
    return true;
  }
}
