package dev.s3logs.source.s3;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * S3's answer to a request it refused, as its XML error body and headers say it: the same for a
 * listing through the SDK and for a read of ours.
 *
 * @param code S3's error code ({@code NoSuchKey}), empty when the answer had no body
 * @param regionHeader the {@code x-amz-bucket-region} header, which a refusal for the wrong
 *     region carries
 */
record S3Answer(int status, String code, String message, Optional<String> regionHeader,
    String body) {

  private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
  private static final Pattern EXPECTED_REGION = Pattern.compile("expecting '([a-z0-9-]+)'");
  private static final Pattern BODY_REGION = Pattern.compile("<Region>([a-z0-9-]+)</Region>");
  // A 301's body names the bucket's endpoint, such as logs.s3.eu-west-1.amazonaws.com.
  private static final Pattern BODY_ENDPOINT =
      Pattern.compile("<Endpoint>[^<]*\\bs3[.-]([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com");

  /** An answer as it came over HTTP: its error code and message read from the XML body. */
  static S3Answer of(int status, Optional<String> regionHeader, String body) {
    return new S3Answer(status, find(CODE, body).orElse(""),
        find(MESSAGE, body).map(S3Answer::unescape).orElse("HTTP " + status), regionHeader, body);
  }

  /** The answer inside the SDK's exception. */
  static S3Answer of(AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    if (details == null) {
      return new S3Answer(e.statusCode(), "", firstLine(e), Optional.empty(), "");
    }
    Optional<String> header = details.sdkHttpResponse() == null ? Optional.empty()
        : details.sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region");
    String message = details.errorMessage() == null ? firstLine(e)
        : details.errorMessage().strip();
    return new S3Answer(e.statusCode(), details.errorCode() == null ? "" : details.errorCode(),
        message, header, details.rawResponse() == null ? "" : details.rawResponse().asUtf8String());
  }

  /** The bucket's region, when the answer names it. */
  Optional<String> bucketRegion() {
    return regionHeader.or(() -> find(EXPECTED_REGION, message))
        .or(() -> find(BODY_REGION, body))
        .or(() -> find(BODY_ENDPOINT, body));
  }

  static String firstLine(Throwable e) {
    String text = String.valueOf(e.getMessage());
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text == null ? "" : text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&").strip();
  }
}
