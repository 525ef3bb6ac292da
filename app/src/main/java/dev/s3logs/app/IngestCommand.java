package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.SinkPipeline;
import dev.s3logs.sink.deadletter.DeadLetter;
import dev.s3logs.sink.deadletter.DeadLetterFile;
import dev.s3logs.sink.deadletter.DeadLetterIndex;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.sink.search.SearchSink;
import dev.s3logs.sink.search.setup.Setup;
import dev.s3logs.sink.search.setup.SetupOptions;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.LocalInputs;
import java.nio.file.Path;
import java.time.Clock;
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

  static final String FALLBACK_DEAD_LETTERS = "s3logs-dead-letters.ndjson";

  private final Streams streams;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, directories or - (default: -)")
  List<String> paths = List.of("-");

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  IndexOptions indexOptions;

  enum Ids { auto, on, off }

  @Option(names = "--ids", paramLabel = "auto|on|off", defaultValue = "auto",
      description = "Send document ids (exactly once across runs); auto: off on OpenSearch "
          + "Serverless, whose time-series collections refuse them (default: ${DEFAULT-VALUE})")
  Ids ids;

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
    List<InputObject> inputs = LocalInputs.expand(paths, streams.in(),
        warning -> streams.err().println("s3logs ingest: warning: " + warning));
    SetupOptions setupOptions = indexOptions.setup();
    HttpTransport http = engineOptions.transport(streams.err());
    Engine engine = engineOptions.engine(http);
    if (!skipSetup && !Setup.templateInstalled(http, setupOptions)) {
      streams.err().println("s3logs ingest: no index templates yet, installing them (see "
          + "s3logs setup):");
      Setup.install(http, engine, setupOptions).lines()
          .forEach(line -> streams.err().println("  " + line));
    }
    BulkSettings settings = BulkSettings.DEFAULT.withSize(bulkBytes, concurrency);
    IngestCounters counters = new IngestCounters();
    ParseStats stats = new ParseStats();
    boolean withIds = sendIds(engine);
    DeadLetter deadLetter = deadLetters(http, setupOptions.deadLetterIndex());
    try (deadLetter;
        SearchSink sink = new SearchSink(http, indexOptions.target(),
            indexOptions.usesDataStream(), withIds, settings, deadLetter, counters);
        Progress progress = Progress.start(streams.err(), stats, counters)) {
      SinkPipeline.run(inputs, threads, sink, stats,
          problem -> streams.err().println("s3logs ingest: " + problem));
    }
    new IngestSummary(engine, http.base(), stats, counters, deadLetter).print(streams.err());
    return exitCode(stats, counters);
  }

  private boolean sendIds(Engine engine) {
    boolean send = ids == Ids.on
        || ids == Ids.auto && engine.flavor() != Engine.Flavor.OPENSEARCH_SERVERLESS;
    if (!send) {
      streams.err().println("s3logs ingest: sending no document ids (--ids " + ids + "): lines"
          + " repeated within this run are sent once, but ingesting the same files again adds"
          + " them again; a search collection takes ids: --ids on");
    }
    return send;
  }

  private DeadLetter deadLetters(HttpTransport http, String index) {
    Clock clock = Clock.systemUTC();
    if (!"index".equals(deadLetterDestination)) {
      return new DeadLetterFile(Path.of(deadLetterDestination), clock);
    }
    return new DeadLetterIndex(http, index, clock,
        new DeadLetterFile(Path.of(FALLBACK_DEAD_LETTERS), clock));
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
