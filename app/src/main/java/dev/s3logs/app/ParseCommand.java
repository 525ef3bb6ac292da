package dev.s3logs.app;

import dev.s3logs.document.FailureWriter;
import dev.s3logs.pipeline.ChunkToNdjson;
import dev.s3logs.pipeline.BufferPool;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.pipeline.ParallelPipeline;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.LocalInputs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code s3logs parse}: access log lines in, one JSON document per line out. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Parses S3 server access logs and writes one JSON document per line (NDJSON) to standard"
            + " output. Reads files, directories (recursively) and - for standard input;"
            + " gzip is detected by content.",
        "Lines that cannot be parsed are counted and summarised on standard error, and kept"
            + " whole with --failures."})
final class ParseCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories or - (default: -)")
  List<String> paths = List.of("-");

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Write every line that failed to parse to FILE as NDJSON (source, line, reason, raw)")
  Path failuresFile;

  @Option(names = "--strict", description = "Exit with status 1 when any line failed to parse")
  boolean strict;

  @Mixin
  ThreadsOption threadsOption;

  ParseCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    int threads = threadsOption.threads();
    List<InputObject> inputs = LocalInputs.expand(paths, streams.in(),
        warning -> streams.err().println("s3logs parse: warning: " + warning));
    FailureSummary summary = new FailureSummary();
    ParseStats stats = new ParseStats();
    BufferPool buffers = new BufferPool(ParallelPipeline.maxInFlight(threads) + threads);
    try (FailureOutput failures = new FailureOutput(failuresFile, summary);
        ParallelPipeline<NdjsonChunk> pipeline = new ParallelPipeline<>(threads,
            () -> new ChunkToNdjson(buffers),
            chunk -> write(chunk, failures, stats),
            problem -> streams.err().println("s3logs parse: " + problem))) {
      for (InputObject input : inputs) {
        stats.object(pipeline.process(input));
      }
      pipeline.finish();
    }
    streams.out().flush();
    summary.print(stats, failuresFile, streams.err());
    return exitCode(stats);
  }

  private void write(NdjsonChunk chunk, FailureOutput failures, ParseStats stats) {
    try {
      chunk.writeTo(streams.out());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
    chunk.release();
    chunk.failures().forEach(failures::write);
    stats.add(chunk);
  }

  private int exitCode(ParseStats stats) {
    if (stats.unreadableObjects() > 0) {
      return ExitCodes.IO_ERROR;
    }
    return strict && stats.failures() > 0 ? ExitCodes.LINES_FAILED : ExitCodes.OK;
  }

  /** Sends failures to the summary and, when asked, to a file. */
  private static final class FailureOutput implements AutoCloseable {

    private final FailureSummary summary;
    private final OutputStream file;
    private final FailureWriter writer;

    FailureOutput(Path path, FailureSummary summary) {
      this.summary = summary;
      this.file = path == null ? null : OutputFile.create(path, "failures");
      this.writer = file == null ? null : new FailureWriter(file);
    }

    void write(ParseFailure failure) {
      summary.add(failure);
      if (writer != null) {
        writer.write(failure);
      }
    }

    @Override
    public void close() {
      if (writer != null) {
        writer.close();
        try {
          file.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
