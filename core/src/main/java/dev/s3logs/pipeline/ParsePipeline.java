package dev.s3logs.pipeline;

import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.record.ParsedLine;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.LineHandler;
import dev.s3logs.source.LineReader;
import dev.s3logs.source.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads input objects line by line, parses each line and hands records and failures on. Every
 * non-blank line ends up in exactly one of the two; blank lines carry nothing and are skipped.
 * An object that cannot be read is reported and the run goes on with the next one.
 */
public final class ParsePipeline {

  private final AccessLogParser parser = new AccessLogParser();
  private final Consumer<AccessLogRecord> records;
  private final Consumer<ParseFailure> failures;
  private final Consumer<String> problems;
  private final ParseStats stats = new ParseStats();

  /**
   * @param problems receives one message per object that could not be read
   */
  public ParsePipeline(Consumer<AccessLogRecord> records, Consumer<ParseFailure> failures,
      Consumer<String> problems) {
    this.records = records;
    this.failures = failures;
    this.problems = problems;
  }

  public ParseStats stats() {
    return stats;
  }

  public void process(InputObject input) {
    stats.object();
    try (InputStream in = ObjectReader.open(input.open())) {
      new LineReader(in).forEach(new Lines(input.name()));
    } catch (IOException e) {
      stats.unreadable();
      problems.accept("cannot read " + input.name() + ": " + e.getMessage());
    }
  }

  private final class Lines implements LineHandler {

    private final String source;

    Lines(String source) {
      this.source = source;
    }

    @Override
    public void line(byte[] buffer, int from, int to, long lineNumber) {
      if (isBlank(buffer, from, to)) {
        return;
      }
      ParsedLine parsed = parser.parse(buffer, from, to, source, lineNumber);
      if (parsed instanceof AccessLogRecord record) {
        stats.record();
        records.accept(record);
      } else {
        stats.failure();
        failures.accept((ParseFailure) parsed);
      }
    }

    @Override
    public void tooLong(byte[] buffer, int from, int to, long lineNumber, long length) {
      stats.failure();
      String head = new String(buffer, from, to - from, StandardCharsets.UTF_8);
      failures.accept(new ParseFailure(source, lineNumber,
          "line is " + length + " bytes, longer than the " + (to - from) + "-byte limit;"
              + " only its beginning is kept", head));
    }

    private boolean isBlank(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] != '\r' && b[i] != ' ' && b[i] != '\t') {
          return false;
        }
      }
      return true;
    }
  }
}
