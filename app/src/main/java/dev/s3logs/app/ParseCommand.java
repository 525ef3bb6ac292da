package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.deadletter.DeadLetterFile;
import dev.s3logs.sink.deadletter.DeadLetterRecord;
import dev.s3logs.sink.ndjson.NdjsonSink;
import dev.s3logs.source.ListSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Mixin
  InputOptions inputs;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Write every line that failed to parse to FILE as NDJSON dead-letter records"
          + " (source, line_number, reason, raw)")
  Path failuresFile;

  @Option(names = "--strict", description = "Exit with status 1 when any line failed to parse")
  boolean strict;

  @Mixin
  ThreadsOption threadsOption;

  ParseCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    int threads = threadsOption.threads();
    ListSource source = inputs.source(streams.in(), streams.err(), "parse");
    FailureSummary summary = new FailureSummary();
    ParseStats stats = new ParseStats();
    try (DeadLetterFile failures = failuresFile == null ? null : new DeadLetterFile(failuresFile,
        OutputFile.create(failuresFile, "failures"), Clock.systemUTC())) {
      NdjsonSink sink = new NdjsonSink(streams.out(), failure -> {
        summary.add(failure);
        if (failures != null) {
          failures.add(DeadLetterRecord.of(failure));
        }
      });
      Pipeline.run(source, sink, PipelineSettings.of(threads), stats,
          problem -> streams.err().println("s3logs parse: " + problem));
    }
    summary.print(stats, failuresFile, streams.err());
    return exitCode(stats);
  }

  private int exitCode(ParseStats stats) {
    if (stats.unreadableObjects() > 0) {
      return ExitCodes.IO_ERROR;
    }
    return strict && stats.failures() > 0 ? ExitCodes.LINES_FAILED : ExitCodes.OK;
  }
}
