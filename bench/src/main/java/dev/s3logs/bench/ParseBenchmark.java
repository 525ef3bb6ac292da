package dev.s3logs.bench;

import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.pipeline.LineChunk;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParsedLine;
import io.krakens.grok.api.Grok;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * s3logs' parser against the two usual ways of reading S3 access logs: Logstash's grok pattern
 * and the Athena regex. One invocation handles all {@value BenchmarkCorpus#LINES} lines, and
 * {@code @OperationsPerInvocation} makes the reported ops/s read as lines/s on one thread.
 * How many lines each one actually understands is printed once per benchmark, during setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ParseBenchmark {

  /**
   * Line to typed fields, the parser alone: every field located, numbers and time converted, as
   * the document path uses it. No Strings are built.
   */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.LINES)
  public void s3logsScan(BenchmarkStates.Lines lines, BenchmarkStates.S3logs s3logs, Blackhole bh) {
    AccessLogParser parser = s3logs.parser;
    byte[][] bytes = lines.bytes;
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(parser.scan(bytes[i], 0, bytes[i].length));
      bh.consume(parser.fields().time());
    }
  }

  /** Line to record (Strings for every field), for consumers that keep records. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.LINES)
  public void s3logsParse(BenchmarkStates.Lines lines, BenchmarkStates.S3logs s3logs, Blackhole bh) {
    AccessLogParser parser = s3logs.parser;
    byte[][] bytes = lines.bytes;
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(parser.parse(bytes[i], 0, bytes[i].length, "bench", i + 1));
    }
  }

  /**
   * Line to NDJSON bytes exactly as {@code s3logs parse} does it on each worker thread: chunks of
   * lines through {@link dev.s3logs.pipeline.ChunkToNdjson} (parse, document id, the full ECS
   * document).
   */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.LINES)
  public void s3logsNdjson(BenchmarkStates.Chunks chunks, BenchmarkStates.S3logs s3logs, Blackhole bh) {
    for (LineChunk chunk : chunks.chunks) {
      NdjsonChunk result = s3logs.worker.apply(chunk);
      bh.consume(result.buffer()[result.length() - 1]);
      // As the parse command does once the documents are written.
      result.release();
    }
  }

  /** The document id alone: SHA-256 of the line, truncated to 128 bits, base64url. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.LINES)
  public void s3logsDocumentId(BenchmarkStates.Lines lines, BenchmarkStates.S3logs s3logs, Blackhole bh) {
    byte[][] bytes = lines.bytes;
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(s3logs.ids.bytesOf(bytes[i], 0, bytes[i].length, 1_549_411_238L));
    }
  }

  /** Logstash's S3_ACCESS_LOG through java-grok, to the map of captured fields. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.LINES)
  public void grokParse(BenchmarkStates.Lines lines, BenchmarkStates.GrokBaseline baseline, Blackhole bh) {
    Grok grok = baseline.grok;
    for (String line : lines.strings) {
      bh.consume(grok.match(line).capture());
    }
  }

  /** The Athena CREATE TABLE regex, every group into a String[]. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.LINES)
  public void athenaRegex(BenchmarkStates.Lines lines, BenchmarkStates.AthenaBaseline counted,
      Blackhole bh) {
    for (String line : lines.strings) {
      bh.consume(AthenaRegex.extract(line));
    }
  }
}
