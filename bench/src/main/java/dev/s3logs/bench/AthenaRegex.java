package dev.s3logs.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expression AWS gives for reading S3 server access logs with Athena, from the
 * CREATE TABLE statement in the Amazon S3 User Guide, "Using Amazon S3 server access logs to
 * identify requests" (docs.aws.amazon.com/AmazonS3/latest/userguide/using-s3-access-logs-to-identify-requests.html),
 * version with 26 columns (up to aclrequired).
 *
 * <p>It is the SQL string with Hive's escaping undone ({@code \\[} becomes {@code \[} and
 * {@code \"} becomes {@code "}). Hive's RegexSerDe calls {@link Matcher#matches()}, so this does
 * too. Known limits of the original, kept on purpose: the referrer is {@code ([^ ]*)}, so a
 * quoted referrer with a space fails the line, and the source-region field is not captured.
 */
final class AthenaRegex {

  static final Pattern PATTERN = Pattern.compile(
      "([^ ]*) ([^ ]*) \\[(.*?)\\] ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) (\"[^\"]*\"|-) (-|[0-9]*)"
          + " ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) (\"[^\"]*\"|-) ([^ ]*)(?: ([^ ]*)"
          + " ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*))?.*$");

  private AthenaRegex() {
  }

  /** All 26 groups (unmatched optional ones are null), or null when the line does not match. */
  static String[] extract(String line) {
    Matcher matcher = PATTERN.matcher(line);
    if (!matcher.matches()) {
      return null;
    }
    String[] fields = new String[matcher.groupCount()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = matcher.group(i + 1);
    }
    return fields;
  }
}
