package dev.s3logs.traffic;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a raw access log line, read with a regular expression of the test's own: the
 * expected numbers come from here, never from the code under test.
 */
public record LogLine(Instant time, String bucket, String ip, String requester,
    String operation, String key, String requestUri, Integer status, long bytesSent,
    Long totalTime, Long turnAround, String referrer, String userAgent) {

  // S3 does not escape quotes inside a quoted field: the user agent, last of them on the line,
  // ends at the line's last quote
  private static final String QUOTED = "(\".*?\"|-)";
  private static final String LAST_QUOTED = "(\".*\"|-)";
  private static final Pattern LINE = Pattern.compile("^\\S+ (\\S+) \\[([^\\]]+)\\] (\\S+)"
      // S3 writes CloudFront's origin identity with spaces in it
      + " (arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity \\S+|\\S+)"
      + " \\S+ (\\S+) (\\S+) " + QUOTED + " (\\S+) \\S+ (\\S+) \\S+ (\\S+) (\\S+) "
      + QUOTED + " " + LAST_QUOTED);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

  public static LogLine parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.find()) {
      throw new IllegalArgumentException("not a log line: " + line);
    }
    return new LogLine(ZonedDateTime.parse(m.group(2), TIME).toInstant(), text(m.group(1)),
        text(m.group(3)), text(m.group(4)), text(m.group(5)), text(m.group(6)),
        text(m.group(7)), status(m.group(8)), number(m.group(9)) == null ? 0
        : number(m.group(9)), number(m.group(10)), number(m.group(11)), text(m.group(12)),
        text(m.group(13)));
  }

  private static String text(String field) {
    String value = field.startsWith("\"") ? field.substring(1, field.length() - 1) : field;
    return value.equals("-") ? null : value;
  }

  /** S3 logs no status for lifecycle actions. */
  private static Integer status(String field) {
    return field.equals("-") ? null : Integer.valueOf(field);
  }

  /** Whether the status is at least {@code lowest} and below {@code end}. */
  public boolean statusIn(int lowest, int end) {
    return status != null && status >= lowest && status < end;
  }

  private static Long number(String field) {
    return field.equals("-") ? null : Long.parseLong(field);
  }

  /** Whether any searched field contains {@code text}, ignoring case. */
  public boolean contains(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String field : new String[] {key, requestUri, userAgent, referrer, ip, requester}) {
      if (field != null && field.toLowerCase(Locale.ROOT).contains(lower)) {
        return true;
      }
    }
    return false;
  }
}
