package dev.s3logs.bench;

import dev.s3logs.document.DocumentId;
import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.pipeline.ChunkToNdjson;
import dev.s3logs.pipeline.LineChunk;
import dev.s3logs.pipeline.ObjectProgress;
import dev.s3logs.source.Acknowledgement;
import io.krakens.grok.api.Grok;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state for {@link ParseBenchmark}. Each contender's state prints, in its untimed setup, how
 * many of the benchmark lines it actually understands, so that a fast baseline cannot hide that
 * it skipped lines.
 */
public final class BenchmarkStates {

  private BenchmarkStates() {
  }

  /** The benchmark lines, as the byte arrays s3logs reads and the Strings regex engines need. */
  @State(Scope.Benchmark)
  public static class Lines {
    String[] strings;
    byte[][] bytes;

    @Setup(Level.Trial)
    public void load() {
      List<String> lines = BenchmarkCorpus.load();
      strings = lines.toArray(String[]::new);
      bytes = new byte[strings.length][];
      for (int i = 0; i < strings.length; i++) {
        bytes[i] = strings[i].getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  /** The same lines as the parse pipeline hands them to a worker: in chunks. */
  @State(Scope.Benchmark)
  public static class Chunks {
    List<LineChunk> chunks;

    @Setup(Level.Trial)
    public void setUp(Lines lines) {
      chunks = new ArrayList<>();
      ObjectProgress bench = new ObjectProgress("bench", Acknowledgement.NONE);
      LineChunk chunk = new LineChunk();
      for (int i = 0; i < lines.bytes.length; i++) {
        byte[] line = lines.bytes[i];
        if (!chunk.add(bench, line, 0, line.length, i + 1)) {
          chunks.add(chunk);
          chunk = new LineChunk();
          chunk.add(bench, line, 0, line.length, i + 1);
        }
      }
      chunks.add(chunk);
    }
  }

  /** One parser and one writer per thread: neither is thread-safe. */
  @State(Scope.Thread)
  public static class S3logs {
    AccessLogParser parser;
    DocumentId ids;
    ChunkToNdjson worker;

    @Setup(Level.Trial)
    public void setUp(Lines lines) {
      parser = new AccessLogParser();
      ids = new DocumentId();
      worker = new ChunkToNdjson();
      MatchCounts.print(MatchCounts.S3LOGS, MatchCounts.s3logs(lines.bytes));
    }
  }

  @State(Scope.Benchmark)
  public static class GrokBaseline {
    Grok grok;

    @Setup(Level.Trial)
    public void setUp(Lines lines) {
      grok = S3AccessLogGrok.load().grok();
      MatchCounts.print(MatchCounts.GROK, MatchCounts.grok(grok, lines.strings));
    }
  }

  /** Holds nothing: the regex is a constant. It exists to print the match count once. */
  @State(Scope.Benchmark)
  public static class AthenaBaseline {

    @Setup(Level.Trial)
    public void setUp(Lines lines) {
      MatchCounts.print(MatchCounts.ATHENA, MatchCounts.athena(lines.strings));
    }
  }
}
