package dev.s3logs.bench;

import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.record.AccessLogRecord;
import io.krakens.grok.api.Grok;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How many benchmark lines each contender understands. Counted outside any timed code; run
 * {@code java -cp benchmarks.jar dev.s3logs.bench.MatchCounts} to print all three at once.
 */
public final class MatchCounts {

  static final String S3LOGS = "s3logs AccessLogParser (records, not failures)";
  static final String GROK = "grok S3_ACCESS_LOG, Logstash ecs-v1 (non-empty capture)";
  static final String ATHENA = "Athena CREATE TABLE regex (matches())";

  private MatchCounts() {
  }

  public static void main(String[] args) {
    List<String> lines = BenchmarkCorpus.load();
    String[] strings = lines.toArray(String[]::new);
    byte[][] bytes = lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    print(S3LOGS, s3logs(bytes));
    print(GROK, grok(S3AccessLogGrok.load().grok(), strings));
    print(ATHENA, athena(strings));
  }

  static int s3logs(byte[][] lines) {
    AccessLogParser parser = new AccessLogParser();
    int records = 0;
    for (byte[] line : lines) {
      if (parser.parse(line, 0, line.length, "count", 0) instanceof AccessLogRecord) {
        records++;
      }
    }
    return records;
  }

  static int grok(Grok grok, String[] lines) {
    int matched = 0;
    for (String line : lines) {
      if (!grok.match(line).capture().isEmpty()) {
        matched++;
      }
    }
    return matched;
  }

  static int athena(String[] lines) {
    int matched = 0;
    for (String line : lines) {
      if (AthenaRegex.extract(line) != null) {
        matched++;
      }
    }
    return matched;
  }

  static void print(String contender, int understood) {
    int total = BenchmarkCorpus.LINES;
    System.out.printf("%n[match count] %-58s %,6d of %,d lines (%.2f%%), corpus: %s%n", contender,
        understood, total, 100.0 * understood / total, BenchmarkCorpus.describe());
  }
}
