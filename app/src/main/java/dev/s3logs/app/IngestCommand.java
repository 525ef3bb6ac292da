package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.ListSource;
import dev.s3logs.store.duckdb.DuckDbLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code s3logs ingest}: access logs in, requests in a DuckDB file or a search engine. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Parses S3 server access logs and stores every line: into a local DuckDB file (the"
            + " table requests; default " + DuckDbLocation.DEFAULT + "), or into OpenSearch or"
            + " Elasticsearch through the _bulk API, into daily indices by event time.",
        "Each document's id comes from its line, so ingesting the same files again changes"
            + " nothing. Lines that fail to parse and documents the engine refuses go to the"
            + " dead letters with the reason."})
final class IngestCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin
  InputOptions inputs;

  @Mixin
  SearchSinkOptions sinkOptions;

  @Mixin
  ThreadsOption threadsOption;

  private final Path workingDirectory;

  /** @param workingDirectory where a relative {@code duckdb:} path is */
  IngestCommand(Streams streams, Path workingDirectory) {
    this.streams = streams;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    int threads = threadsOption.threads();
    Destinations destinations = new Destinations(sinkOptions, workingDirectory);
    ListSource source = inputs.source(streams.in(), streams.err(), "ingest");
    IngestCounters counters = new IngestCounters();
    ParseStats stats = new ParseStats();
    Destination destination = destinations.open(counters, streams.err(), "s3logs ingest");
    try (destination; Progress progress = Progress.start(streams.err(), stats, counters)) {
      Pipeline.run(source, destination.sink(), PipelineSettings.of(threads), stats,
          problem -> streams.err().println("s3logs ingest: " + problem));
    }
    new IngestSummary(destination.describe(), stats, counters,
        destination.deadLetterSummary(counters)).print(streams.err());
    return exitCode(stats, counters);
  }

  private static int exitCode(ParseStats stats, IngestCounters counters) {
    if (counters.notStored.get() > 0) {
      return ExitCodes.ENGINE;
    }
    if (stats.unreadableObjects() > 0) {
      return ExitCodes.IO_ERROR;
    }
    return stats.failures() > 0 || counters.rejected.get() > 0
        ? ExitCodes.LINES_FAILED : ExitCodes.OK;
  }
}
