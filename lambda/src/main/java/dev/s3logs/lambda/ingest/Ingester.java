package dev.s3logs.lambda.ingest;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.assembly.SearchSinkAssembly;
import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.aws.AwsClients;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.lambda.config.LambdaConfig;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.sink.search.SearchSink;
import dev.s3logs.source.FixedSource;
import dev.s3logs.source.s3.S3ObjectPart;
import dev.s3logs.source.s3.S3Position;
import dev.s3logs.source.s3.S3Reads;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a handler sets up once, in Lambda's init phase: the settings checked, the credentials
 * resolved, the reads of S3 objects set up, the engine reached and its index templates in place.
 * Every invocation then sends its objects through the core pipeline into a sink of its own, so
 * that one invocation's failure (credentials refused) does not stick to the next.
 */
public final class Ingester {

  private final LambdaConfig config;
  private final AwsClients clients;
  private final S3Reads reads;
  private final EngineConnection engine;
  private final SearchSinkAssembly assembly;

  private Ingester(LambdaConfig config, AwsClients clients, EngineConnection engine,
      SearchSinkAssembly assembly) {
    this.config = config;
    this.clients = clients;
    this.reads = clients.s3Reads();
    this.engine = engine;
    this.assembly = assembly;
  }

  /**
   * Reads the settings from {@code env} and connects.
   *
   * @param notes hears what the function's log should say: templates installed, settings
   *     ignored
   */
  public static Ingester start(Map<String, String> env, Consumer<String> notes) {
    LambdaConfig config = LambdaConfig.from(env);
    LambdaConfig.unknownVariables(env).forEach(name -> notes.accept("ignoring " + name
        + ": no setting has that name"));
    AwsClientSettings aws = config.aws();
    String region = aws.resolveRegion();
    AwsClients clients = new AwsClients(aws, region, AwsClients.credentials(aws, region), env);
    EngineConnection engine = EngineConnection.open(config.engine(), notes);
    SearchSinkAssembly assembly = SearchSinkAssembly.open(engine, config.sink(),
        new IngestCounters(), notes);
    // Its sink is not used: each invocation has its own (see the class comment).
    assembly.sink().close();
    return new Ingester(config, clients, engine, assembly);
  }

  public LambdaConfig config() {
    return config;
  }

  /** The clients of the log bucket and queue, with the function's credentials. */
  public AwsClients clients() {
    return clients;
  }

  /** "OpenSearch 2.19.6 at https://...". */
  public String describe() {
    return engine.engine() + " at " + engine.http().base();
  }

  /** Reads and stores the parts starting at {@code starts}, stopping at {@code deadline}. */
  public Batch ingest(List<S3Position> starts, Deadline deadline) {
    List<TrackedPart> parts = starts.stream()
        .map(start -> new TrackedPart(new S3ObjectPart(reads, start, deadline))).toList();
    deadline.watch(() -> parts.stream().anyMatch(part -> part.part().bytesRead() > 0));
    IngestCounters counters = new IngestCounters();
    ParseStats stats = new ParseStats();
    try (SearchSink sink = sink(counters)) {
      // Each object's problem is its acknowledgement's reason too: nothing more to hear here.
      Pipeline.run(new FixedSource(parts.stream().map(TrackedPart::sourceObject).toList()), sink,
          PipelineSettings.of(config.threads()), stats, problem -> { });
    } catch (RuntimeException e) {
      // A problem that stops every object, such as refused credentials: what it did not settle
      // fails with it.
      parts.forEach(part -> part.failed(String.valueOf(e.getMessage())));
    }
    return new Batch(parts.stream().map(TrackedPart::result).toList(), stats, counters);
  }

  private SearchSink sink(IngestCounters counters) {
    SearchSinkConfig sink = config.sink();
    return new SearchSink(engine.http(), sink.target(), sink.usesDataStream(), assembly.withIds(),
        sink.bulk(), assembly.deadLetters(), counters);
  }
}
