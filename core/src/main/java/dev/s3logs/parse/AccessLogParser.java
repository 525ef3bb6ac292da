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

  // Fields are read in loops over these tables rather than in straight-line code: the parser's
  // compiled size, and so the JIT's work in a short run, grows with every inlined token search.
  private static final Field[] LEADING = {Field.BUCKET_OWNER, Field.BUCKET};
  private static final String[] LEADING_NAMES = {"bucket owner", "bucket"};
  private static final String[] COUNTS = {"HTTP status", "error code", "bytes sent",
      "object size", "total time", "turn-around time"};
  private static final int ERROR_CODE = 1;
  private static final String[] HEAD_NAMES = {"remote IP", "requester", "request ID"};

  private final long[] counts = new long[COUNTS.length];
  private final LineScanner scanner = new LineScanner();
  private final QuotedFields quoted = new QuotedFields();
  private final TrailingFields trailing = new TrailingFields();
  private final LineFields fields = new LineFields();
  private final RecordBuilder records = new RecordBuilder();
  private final LogTimestamp times = new LogTimestamp();
  private final int[] tokenStarts = new int[MAX_REQUESTER_TOKENS + 3];
  private final int[] tokenEnds = new int[MAX_REQUESTER_TOKENS + 3];
  private int structuralQuotes;
  private int lineStart;
  private int lineEnd;
  private String failureReason;

  /** Parses {@code line[from, to)} into a record or a failure; a trailing CR or LF is ignored. */
  public ParsedLine parse(byte[] line, int from, int to, String source, long lineNumber) {
    return scan(line, from, to) ? records.build(fields) : failure(source, lineNumber);
  }

  /**
   * Parses {@code line[from, to)} into {@link #fields()} without building Strings; a trailing
   * CR or LF is ignored. Returns false when the line cannot be parsed: {@link #failure} then
   * describes it. Never throws for bad input.
   */
  public boolean scan(byte[] line, int from, int to) {
    lineStart = from;
    lineEnd = ByteSearch.lineEnd(line, from, to);
    fields.reset(line);
    try {
      parseFields(line, from, lineEnd);
      return true;
    } catch (MalformedLineException e) {
      failureReason = e.getMessage();
    } catch (RuntimeException e) {
      // A defect here must cost one line, not the file: keep the line and say what happened.
      failureReason = "parser error: " + e;
    }
    return false;
  }

  /** The fields of the last line {@link #scan} accepted; overwritten by the next call. */
  public LineFields fields() {
    return fields;
  }

  /** The failure record of the last line {@link #scan} rejected. */
  public ParseFailure failure(String source, long lineNumber) {
    return ParseFailure.of(source, lineNumber, failureReason, fields.line(), lineStart, lineEnd);
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

  private void parseFields(byte[] b, int from, int end) {
    if (end == from) {
      throw new MalformedLineException("empty line");
    }
    scanner.reset(b, from, end);
    for (int i = 0; i < LEADING.length; i++) {
      scanner.next(LEADING_NAMES[i]);
      setToken(LEADING[i]);
    }
    readTime();
    readRemoteIpToOperation();
    scanner.next("key");
    setToken(Field.KEY);
    readRequestUri();
    readCounts();
    quoted.splitRefererAndAgent(b, scanner.position(), end);
    structuralQuotes += quoted.quotes;
    fields.set(Field.REFERRER, quoted.refererStart, quoted.refererEnd);
    fields.set(Field.USER_AGENT, quoted.agentStart, quoted.agentEnd);
    scanner.moveTo(quoted.rest);
    trailing.read(scanner, fields);
  }

  private void setToken(Field field) {
    fields.set(field, scanner.tokenStart, scanner.tokenEnd);
  }

  private void readTime() {
    if (scanner.atEnd()) {
      throw new MalformedLineException("line ends before the time field");
    }
    int at = scanner.position();
    fields.time = times.parse(scanner.bytes(), at, scanner.end());
    scanner.moveTo(at + LogTimestamp.length() + 1);
  }

  /**
   * Remote IP, requester, request ID and operation. The requester is normally one token, but a
   * CloudFront Origin Access Identity contains spaces, so the operation is the anchor: the first
   * token shaped like one, with the request ID just before it. Token 0 is the remote IP.
   */
  private void readRemoteIpToOperation() {
    byte[] b = scanner.bytes();
    int count = 0;
    while (true) {
      scanner.next(count < 3 ? HEAD_NAMES[count] : "operation");
      tokenStarts[count] = scanner.tokenStart;
      tokenEnds[count] = scanner.tokenEnd;
      count++;
      if (count >= 4 && FieldShapes.isOperation(b, scanner.tokenStart, scanner.tokenEnd)) {
        break;
      }
      if (count == MAX_REQUESTER_TOKENS + 3) {
        throw new MalformedLineException("no operation (such as REST.GET.OBJECT) after the requester");
      }
    }
    for (int i = 2; i < count - 2; i++) {
      if (b[tokenStarts[i]] == '[') {
        throw new MalformedLineException(
            "a second [time] inside the requester: two records spliced into one line");
      }
    }
    fields.set(Field.REMOTE_ADDRESS, tokenStarts[0], tokenEnds[0]);
    fields.remoteIpValid = IpAddresses.isValid(b, tokenStarts[0], tokenEnds[0]);
    fields.set(Field.REQUESTER, tokenStarts[1], tokenEnds[count - 3]);
    fields.set(Field.REQUEST_ID, tokenStarts[count - 2], tokenEnds[count - 2]);
    fields.set(Field.OPERATION, tokenStarts[count - 1], tokenEnds[count - 1]);
  }

  private void readRequestUri() {
    if (scanner.atEnd()) {
      throw new MalformedLineException("line ends before the request-URI field");
    }
    if (scanner.peek() != '"') {
      scanner.next("request-URI");
      setToken(Field.REQUEST_URI);
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
    fields.set(Field.REQUEST_URI, open + 1, close);
    scanner.moveTo(close + 2);
  }

  /** The six unquoted fields after the request-URI; the error code is the only text among them. */
  private void readCounts() {
    for (int i = 0; i < COUNTS.length; i++) {
      scanner.next(COUNTS[i]);
      if (i == ERROR_CODE) {
        setToken(Field.ERROR_CODE);
      } else {
        counts[i] = scanner.number(COUNTS[i]);
      }
    }
    if (counts[0] > 999) {
      throw new MalformedLineException("HTTP status out of range: " + counts[0]);
    }
    fields.httpStatus = (int) counts[0];
    fields.bytesSent = counts[2];
    fields.objectSize = counts[3];
    fields.totalTime = counts[4];
    fields.turnAroundTime = counts[5];
    if (scanner.atEnd()) {
      throw new MalformedLineException("line ends before the referer field");
    }
  }
}
