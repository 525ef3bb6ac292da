package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.assembly.SearchSinkAssembly;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.ListSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code s3logs ingest}: access logs in, documents in OpenSearch or Elasticsearch. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Parses S3 server access logs and indexes every line into OpenSearch or Elasticsearch"
            + " through the _bulk API, into daily indices by event time.",
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

  IngestCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    int threads = threadsOption.threads();
    SearchSinkConfig config = sinkOptions.config();
    ListSource source = inputs.source(streams.in(), streams.err(), "ingest");
    EngineConnection engine = sinkOptions.engine.connect(streams.err());
    IngestCounters counters = new IngestCounters();
    ParseStats stats = new ParseStats();
    SearchSinkAssembly assembly = SearchSinkAssembly.open(engine, config, counters,
        note -> streams.err().println("s3logs ingest: " + note));
    try (assembly; Progress progress = Progress.start(streams.err(), stats, counters)) {
      Pipeline.run(source, assembly.sink(), PipelineSettings.of(threads), stats,
          problem -> streams.err().println("s3logs ingest: " + problem));
    }
    new IngestSummary(engine, stats, counters, assembly.deadLetters()).print(streams.err());
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
