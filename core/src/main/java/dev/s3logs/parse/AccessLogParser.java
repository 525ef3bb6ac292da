package dev.s3logs.parse;

import dev.s3logs.record.ParseFailure;
import dev.s3logs.record.ParsedLine;
import java.nio.charset.StandardCharsets;

/**
 * Parses one S3 server access log line into a record, by hand and without regular expressions.
 * Every era of the format parses (17 to 27 fields, and more fields appended later are ignored).
 * A line that cannot be parsed becomes a {@link ParseFailure}; this class never throws for bad
 * input.
 *
 * <p>Not thread-safe: it reuses its scratch space between lines. Use one parser per thread.
 */
public final class AccessLogParser {

  /** How far to look for the operation when the requester contains spaces (CloudFront OAI). */
  private static final int MAX_REQUESTER_TOKENS = 8;

  private final LineScanner scanner = new LineScanner();
  private final QuotedFields quoted = new QuotedFields();
  private final TrailingFields trailing = new TrailingFields();
  private final RecordFields fields = new RecordFields();
  private final LogTimestamp times = new LogTimestamp();
  private final int[] tokenStarts = new int[MAX_REQUESTER_TOKENS + 2];
  private final int[] tokenEnds = new int[MAX_REQUESTER_TOKENS + 2];
  private int structuralQuotes;

  /** Parses {@code line[from, to)}; a trailing CR or LF is ignored. */
  public ParsedLine parse(byte[] line, int from, int to, String source, long lineNumber) {
    int end = ByteSearch.lineEnd(line, from, to);
    try {
      return parseFields(line, from, end);
    } catch (MalformedLineException e) {
      return failure(line, from, end, source, lineNumber, e.getMessage());
    } catch (RuntimeException e) {
      // A defect here must cost one line, not the file: keep the line and say what happened.
      return failure(line, from, end, source, lineNumber, "parser error: " + e);
    }
  }

  /**
   * How many quotes of the last line parsed into a record were the format's own delimiters
   * (around request-URI, referer and user agent). When the line holds no other quote, no value
   * of its record contains one, which lets writers skip escaping.
   */
  public int structuralQuotes() {
    return structuralQuotes;
  }

  /** Convenience for tests and single lines. */
  public ParsedLine parse(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return parse(bytes, 0, bytes.length, "-", 1);
  }

  private ParsedLine parseFields(byte[] b, int from, int end) {
    if (end == from) {
      throw new MalformedLineException("empty line");
    }
    scanner.reset(b, from, end);
    scanner.next("bucket owner");
    fields.bucketOwner = scanner.repeating();
    scanner.next("bucket");
    fields.bucket = scanner.repeating();
    readTime();
    readRemoteIp();
    readRequesterToOperation();
    scanner.next("key");
    fields.key = scanner.text();
    readRequestUri();
    readCounts();
    quoted.splitRefererAndAgent(b, scanner.position(), end);
    structuralQuotes += quoted.quotes;
    fields.referrer = scanner.repeating(quoted.refererStart, quoted.refererEnd);
    fields.userAgent = scanner.repeating(quoted.agentStart, quoted.agentEnd);
    scanner.moveTo(quoted.rest);
    trailing.read(scanner, fields);
    return fields.toRecord();
  }

  private void readTime() {
    if (scanner.atEnd()) {
      throw new MalformedLineException("line ends before the time field");
    }
    int at = scanner.position();
    fields.time = times.parse(scanner.bytes(), at, scanner.end());
    scanner.moveTo(at + LogTimestamp.length() + 1);
  }

  private void readRemoteIp() {
    scanner.next("remote IP");
    fields.remoteAddress = scanner.repeating();
    fields.remoteIp = IpAddresses.isValid(fields.remoteAddress) ? fields.remoteAddress : null;
  }

  /**
   * Requester, request ID and operation. The requester is normally one token, but a CloudFront
   * Origin Access Identity contains spaces, so the operation is the anchor: the first token shaped
   * like one, with the request ID just before it.
   */
  private void readRequesterToOperation() {
    byte[] b = scanner.bytes();
    int count = 0;
    while (true) {
      scanner.next(count < 2 ? (count == 0 ? "requester" : "request ID") : "operation");
      tokenStarts[count] = scanner.tokenStart;
      tokenEnds[count] = scanner.tokenEnd;
      count++;
      if (count >= 3 && FieldShapes.isOperation(b, scanner.tokenStart, scanner.tokenEnd)) {
        break;
      }
      if (count == MAX_REQUESTER_TOKENS + 2) {
        throw new MalformedLineException("no operation (such as REST.GET.OBJECT) after the requester");
      }
    }
    for (int i = 1; i < count - 2; i++) {
      if (b[tokenStarts[i]] == '[') {
        throw new MalformedLineException(
            "a second [time] inside the requester: two records spliced into one line");
      }
    }
    fields.requester = scanner.repeating(tokenStarts[0], tokenEnds[count - 3]);
    fields.requestId = scanner.text(tokenStarts[count - 2], tokenEnds[count - 2]);
    fields.operation = scanner.repeating(tokenStarts[count - 1], tokenEnds[count - 1]);
  }

  private void readRequestUri() {
    if (scanner.atEnd()) {
      throw new MalformedLineException("line ends before the request-URI field");
    }
    if (scanner.peek() != '"') {
      scanner.next("request-URI");
      fields.requestUri = scanner.text();
      structuralQuotes = 0;
      return;
    }
    structuralQuotes = 2;
    int open = scanner.position();
    int close = QuotedFields.requestUriEnd(scanner.bytes(), open, scanner.end());
    if (close < 0) {
      throw new MalformedLineException("request-URI has no closing quote followed by status,"
          + " error code, bytes sent, object size, total time and turn-around time");
    }
    fields.requestUri = scanner.text(open + 1, close);
    scanner.moveTo(close + 2);
  }

  private void readCounts() {
    scanner.next("HTTP status");
    long status = scanner.number("HTTP status");
    if (status > 999) {
      throw new MalformedLineException("HTTP status out of range: " + status);
    }
    fields.httpStatus = (int) status;
    scanner.next("error code");
    fields.errorCode = scanner.repeating();
    scanner.next("bytes sent");
    fields.bytesSent = scanner.number("bytes sent");
    scanner.next("object size");
    fields.objectSize = scanner.number("object size");
    scanner.next("total time");
    fields.totalTime = scanner.number("total time");
    scanner.next("turn-around time");
    fields.turnAroundTime = scanner.number("turn-around time");
    if (scanner.atEnd()) {
      throw new MalformedLineException("line ends before the referer field");
    }
  }

  private static ParseFailure failure(byte[] b, int from, int end, String source, long lineNumber,
      String reason) {
    String raw = new String(b, from, end - from, StandardCharsets.UTF_8);
    return new ParseFailure(source, lineNumber, reason, raw);
  }
}
