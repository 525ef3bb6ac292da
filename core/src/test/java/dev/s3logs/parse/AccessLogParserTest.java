package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.record.ParsedLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Real-world oddities beyond the public corpus, and the failure path. */
class AccessLogParserTest {

  private static final String MODERN = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
      + " amzn-s3-demo-bucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 REQUESTER 3E57427F3EXAMPLE"
      + " REST.GET.VERSIONING - \"GET /amzn-s3-demo-bucket1?versioning HTTP/1.1\" 200 - 113 - 7 -"
      + " \"-\" \"S3Console/0.4\" - s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234="
      + " SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader amzn-s3-demo-bucket1.s3.us-west-1.amazonaws.com"
      + " TLSV1.2 arn:aws:s3:us-west-1:123456789012:accesspoint/example-AP Yes us-east-1";

  private final AccessLogParser parser = new AccessLogParser();

  @Test
  void scanGivesPositionsInTheLineAndFailuresInPlace() {
    byte[] bad = "not a log line\n".getBytes(StandardCharsets.UTF_8);
    assertThat(parser.scan(bad, 0, bad.length)).isFalse();
    ParseFailure failure = parser.failure("f.log", 9);
    assertThat(failure.rawLine()).isEqualTo("not a log line");
    assertThat(failure.lineNumber()).isEqualTo(9);
    assertThat(failure.reason()).isNotBlank();

    byte[] line = ("padding " + MODERN + "\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(parser.scan(line, 8, line.length)).isTrue();
    LineFields f = parser.fields();
    assertThat(f.line()).isSameAs(line);
    assertThat(f.text(Field.BUCKET)).isEqualTo("amzn-s3-demo-bucket1");
    assertThat(f.text(Field.REQUEST_URI)).isEqualTo("GET /amzn-s3-demo-bucket1?versioning HTTP/1.1");
    assertThat(f.has(Field.KEY)).isFalse();
    assertThat(f.has(Field.REFERRER)).isFalse();
    assertThat(f.text(Field.SOURCE_REGION)).isEqualTo("us-east-1");
    assertThat(f.remoteIpValid()).isTrue();
    assertThat(f.objectSize()).isEqualTo(-1);
  }

  @Test
  void readsEveryFieldOfTheCurrentFormat() {
    AccessLogRecord r = record(MODERN.replace("REQUESTER", "arn:aws:iam::123456789012:user/alice"));
    assertThat(r.requester()).isEqualTo("arn:aws:iam::123456789012:user/alice");
    assertThat(r.time()).isEqualTo(Instant.parse("2019-02-06T00:00:38Z"));
    assertThat(r.operation()).isEqualTo("REST.GET.VERSIONING");
    assertThat(r.key()).isNull();
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.bytesSent()).isEqualTo(113);
    assertThat(r.objectSize()).isEqualTo(AccessLogRecord.ABSENT);
    assertThat(r.referrer()).isNull();
    assertThat(r.tlsVersion()).isEqualTo("TLSV1.2");
    assertThat(r.accessPointArn()).isEqualTo("arn:aws:s3:us-west-1:123456789012:accesspoint/example-AP");
    assertThat(r.aclRequired()).isEqualTo("Yes");
    assertThat(r.sourceRegion()).isEqualTo("us-east-1");
  }

  @Test
  void cloudFrontOriginAccessIdentityRequesterContainsSpaces() {
    String oai = "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E15MNIMTCFKK4C";
    AccessLogRecord r = record(MODERN.replace("REQUESTER", oai));
    assertThat(r.requester()).isEqualTo(oai);
    assertThat(r.requestId()).isEqualTo("3E57427F3EXAMPLE");
    assertThat(r.operation()).isEqualTo("REST.GET.VERSIONING");
  }

  @Test
  void uuidRequestIdAndFourPartOperation() {
    AccessLogRecord r = record(MODERN.replace("3E57427F3EXAMPLE REST.GET.VERSIONING",
        "0c3b9c2e-4e5f-4a3b-9d1e-2f6a7b8c9d0e S3.COMPUTE.OBJECT.CHECKSUM"));
    assertThat(r.requestId()).isEqualTo("0c3b9c2e-4e5f-4a3b-9d1e-2f6a7b8c9d0e");
    assertThat(r.operation()).isEqualTo("S3.COMPUTE.OBJECT.CHECKSUM");
  }

  @Test
  void ipv6RemoteAddress() {
    AccessLogRecord r = record(MODERN.replace("192.0.2.3", "2001:db8:85a3::8a2e:370:7334"));
    assertThat(r.remoteIp()).isEqualTo("2001:db8:85a3::8a2e:370:7334");
    assertThat(r.remoteAddress()).isEqualTo(r.remoteIp());
  }

  @Test
  void crlfLineEndingIsIgnoredAndDoesNotChangeTheId() {
    AccessLogRecord lf = record(MODERN + "\n");
    AccessLogRecord crlf = record(MODERN + "\r\n");
    assertThat(crlf).isEqualTo(lf);
    assertThat(crlf.sourceRegion()).isEqualTo("us-east-1");
  }

  @Test
  void requestLineWithoutProtocol() {
    AccessLogRecord r = record(MODERN.replace("\"GET /amzn-s3-demo-bucket1?versioning HTTP/1.1\"", "\"GET /x y\""));
    assertThat(r.requestUri()).isEqualTo("GET /x y");
    assertThat(r.httpStatus()).isEqualTo(200);
  }

  @Test
  void otherTimeZonesAreConvertedToUtc() {
    AccessLogRecord r = record(MODERN.replace("+0000]", "+0530]"));
    assertThat(r.time()).isEqualTo(Instant.parse("2019-02-05T18:30:38Z"));
  }

  @Test
  void quoteFollowedBySpaceInsideUserAgentAndRequestUri() {
    AccessLogRecord r = record(MODERN
        .replace("\"S3Console/0.4\"", "\"Mozilla/5.0 \"quoted\" \" also\"")
        .replace("?versioning HTTP/1.1\"", "?q=\" 200 - 1 HTTP/1.1\""));
    assertThat(r.userAgent()).isEqualTo("Mozilla/5.0 \"quoted\" \" also");
    assertThat(r.requestUri()).isEqualTo("GET /amzn-s3-demo-bucket1?q=\" 200 - 1 HTTP/1.1");
    assertThat(r.signatureVersion()).isEqualTo("SigV4");
  }

  @Test
  void fieldsAppendedInTheFutureAreIgnored() {
    AccessLogRecord r = record(MODERN + " future-field another-one");
    assertThat(r.sourceRegion()).isEqualTo("us-east-1");
  }

  @Test
  void dashInsideQuotesMeansAbsentForEveryQuotedField() {
    AccessLogRecord r = record(MODERN.replace("\"GET /amzn-s3-demo-bucket1?versioning HTTP/1.1\"", "\"-\"")
        .replace("\"S3Console/0.4\"", "\"-\""));
    assertThat(r.requestUri()).isNull();
    assertThat(r.userAgent()).isNull();
    assertThat(r.referrer()).isNull();
  }

  @Test
  void badLinesBecomeFailuresNamingTheProblem() {
    assertThat(failure("").reason()).isEqualTo("empty line");
    assertThat(failure("just some text").reason()).contains("time");
    assertThat(failure(MODERN.replace("06/Feb/2019", "31/Feb/2019")).reason()).contains("time");
    assertThat(failure(MODERN.replace(" 200 - 113 ", " 2x0 - 113 ")).reason()).contains("request-URI");
    assertThat(failure(MODERN.replace("REST.GET.VERSIONING", "rest.get")).reason()).contains("operation");
    String truncated = MODERN.substring(0, MODERN.indexOf(" \"GET"));
    assertThat(failure(truncated).reason()).contains("request-URI");
  }

  @Test
  void failureKeepsTheRawLineAndItsOrigin() {
    byte[] bytes = "garbage\r\n".getBytes(StandardCharsets.UTF_8);
    ParsedLine parsed = parser.parse(bytes, 0, bytes.length, "logs/2019-02-06", 42);
    assertThat(parsed).isEqualTo(new ParseFailure("logs/2019-02-06", 42,
        "line ends before the bucket field", "garbage"));
  }

  @Test
  void parsesASliceOfALargerBuffer() {
    byte[] bytes = ("xx" + MODERN + "\nyy").getBytes(StandardCharsets.UTF_8);
    ParsedLine parsed = parser.parse(bytes, 2, bytes.length - 2, "f", 1);
    assertThat(parsed).isEqualTo(record(MODERN));
  }

  private AccessLogRecord record(String line) {
    ParsedLine parsed = parser.parse(line);
    assertThat(parsed).isInstanceOf(AccessLogRecord.class);
    return (AccessLogRecord) parsed;
  }

  private ParseFailure failure(String line) {
    ParsedLine parsed = parser.parse(line);
    assertThat(parsed).isInstanceOf(ParseFailure.class);
    return (ParseFailure) parsed;
  }
}
