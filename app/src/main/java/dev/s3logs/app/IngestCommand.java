package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.assembly.SearchSinkAssembly;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.ListSource;
import dev.s3logs.source.LocalInputs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, directories or - (default: -)")
  List<String> paths = List.of("-");

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  IndexOptions indexOptions;

  @Option(names = "--ids", paramLabel = "auto|on|off", defaultValue = "auto",
      description = "Send document ids (exactly once across runs); auto: off on OpenSearch "
          + "Serverless, whose time-series collections refuse them (default: ${DEFAULT-VALUE})")
  String ids;

  @Option(names = "--skip-setup",
      description = "Do not install the index templates when they are missing")
  boolean skipSetup;

  @Option(names = "--dead-letter", paramLabel = "index|FILE", defaultValue = "index",
      description = "Where refused lines go: the index <prefix>-failed, or an NDJSON file "
          + "(default: ${DEFAULT-VALUE})")
  String deadLetterDestination;

  @Option(names = "--bulk-size", paramLabel = "SIZE", defaultValue = "5mb",
      converter = ByteSize.class, description = "Bytes per bulk request (default: ${DEFAULT-VALUE})")
  int bulkBytes;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
      description = "Bulk requests in flight (default: ${DEFAULT-VALUE})")
  int concurrency;

  @Mixin
  ThreadsOption threadsOption;

  IngestCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    int threads = threadsOption.threads();
    ListSource source = new ListSource(LocalInputs.expand(paths, streams.in(),
        warning -> streams.err().println("s3logs ingest: warning: " + warning)));
    SearchSinkConfig config = indexOptions.sink(idsChoice(),
        !skipSetup, deadLetterFile(), BulkSettings.DEFAULT.withSize(bulkBytes, concurrency));
    config.setup(); // refuses a bad --index before connecting
    EngineConnection engine = engineOptions.connect(streams.err());
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

  private SearchSinkConfig.Ids idsChoice() {
    try {
      return SearchSinkConfig.Ids.valueOf(ids.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ids must be auto, on or off: got '" + ids + "'");
    }
  }

  private Path deadLetterFile() {
    return "index".equals(deadLetterDestination) ? null : Path.of(deadLetterDestination);
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
