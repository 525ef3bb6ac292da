package dev.s3logs.source.s3;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A bucket and a key prefix, written {@code s3://bucket/prefix}. The prefix is taken as written,
 * not URL-decoded, as the AWS CLI does: keys may hold {@code %} and spaces. It may be empty.
 *
 * @param bucket a general purpose bucket name, checked against S3's naming rules
 * @param prefix the start of every key to read, often ending in {@code /}
 */
public record S3Location(String bucket, String prefix) {

  private static final String SCHEME = "s3://";
  private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
  private static final Pattern IP_ADDRESS = Pattern.compile("^\\d+\\.\\d+\\.\\d+\\.\\d+$");

  public S3Location {
    checkBucket(bucket);
    if (prefix == null) {
      throw new InvalidS3SourceException("no key prefix given for bucket " + bucket);
    }
  }

  /**
   * Reads {@code s3://bucket}, {@code s3://bucket/} or {@code s3://bucket/prefix}.
   *
   * @throws InvalidS3SourceException saying what is wrong with the URL
   */
  public static S3Location parse(String url) {
    if (url == null || !url.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new InvalidS3SourceException("not an S3 URL: '" + url
          + "' (write s3://bucket or s3://bucket/prefix)");
    }
    String rest = url.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    if (bucket.isEmpty()) {
      throw new InvalidS3SourceException("no bucket in the S3 URL '" + url
          + "' (write s3://bucket or s3://bucket/prefix)");
    }
    return new S3Location(bucket, slash < 0 ? "" : rest.substring(slash + 1));
  }

  /** The name an object of this bucket goes by in messages and failure records. */
  public String objectUrl(String key) {
    return SCHEME + bucket + "/" + key;
  }

  @Override
  public String toString() {
    return objectUrl(prefix);
  }

  private static void checkBucket(String bucket) {
    String problem = bucketProblem(bucket);
    if (problem != null) {
      throw new InvalidS3SourceException("invalid bucket name '" + bucket + "' in the S3 URL: "
          + problem);
    }
  }

  private static String bucketProblem(String bucket) {
    if (bucket == null || bucket.length() < 3 || bucket.length() > 63) {
      return "it must be 3 to 63 characters long";
    }
    if (!bucket.equals(bucket.toLowerCase(Locale.ROOT))) {
      return "bucket names are lower case";
    }
    if (!BUCKET.matcher(bucket).matches()) {
      return "only a-z, 0-9, '.' and '-' are allowed, starting and ending with a letter or digit";
    }
    if (bucket.contains("..")) {
      return "two dots cannot be adjacent";
    }
    if (IP_ADDRESS.matcher(bucket).matches()) {
      return "it cannot be an IP address";
    }
    return null;
  }
}
