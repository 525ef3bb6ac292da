package dev.s3logs.app;

import dev.s3logs.aws.AwsClients;
import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.source.notification.KeyFilter;
import dev.s3logs.source.s3.S3LogObject;
import dev.s3logs.source.s3.S3Reads;
import dev.s3logs.source.sqs.QueueCounters;
import dev.s3logs.source.sqs.QueueSettings;
import dev.s3logs.source.sqs.SqsSource;
import dev.s3logs.store.duckdb.DuckDbLocation;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3logs run}: the always-on consumer of a log bucket's notification queue. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Consumes the S3 event notifications of a log bucket from an SQS queue (direct, through"
            + " SNS, or from EventBridge), reads each new log object and stores every line into"
            + " a DuckDB file (default " + DuckDbLocation.DEFAULT + "), OpenSearch or"
            + " Elasticsearch. A message is deleted only once every document of"
            + " its objects is stored or kept in the dead letters; run several on one queue to"
            + " scale out.",
        "Stops on SIGTERM or Ctrl-C: receives no more, finishes what is in flight (or hands it"
            + " back to the queue after --shutdown-timeout), exits 0."})
final class RunCommand implements Callable<Integer> {

  private final Streams streams;

  @Option(names = "--queue", required = true, paramLabel = "NAME_OR_URL",
      description = "The SQS queue that receives the log bucket's notifications")
  String queue;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
      description = "Threads receiving messages, up to 10 each per call"
          + " (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--key-prefix", paramLabel = "PREFIX",
      description = "Only read objects whose key starts with this")
  String keyPrefix;

  @Option(names = "--key-regex", paramLabel = "REGEX",
      description = "Only read objects whose key contains a match"
          + " (anchor with ^...$ for all of it)")
  String keyRegex;

  @Option(names = "--exit-when-idle", paramLabel = "SECONDS",
      description = "Exit once the queue has been empty this long with nothing in flight")
  Integer exitWhenIdle;

  @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "On SIGTERM, how long to finish what is in flight before handing it back to"
          + " the queue (default: ${DEFAULT-VALUE})")
  int shutdownTimeout;

  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Serve Prometheus /metrics and /healthz on this port")
  Integer metricsPort;

  @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address the metrics server binds to; 0.0.0.0 for every interface"
          + " (default: ${DEFAULT-VALUE})")
  String metricsHost;

  @Mixin
  LoggingOptions logging;

  @Mixin
  AwsOptions aws;

  @Mixin
  SearchSinkOptions sinkOptions;

  @Mixin
  ThreadsOption threadsOption;

  private final Path workingDirectory;

  /** @param workingDirectory where a relative {@code duckdb:} path is */
  RunCommand(Streams streams, Path workingDirectory) {
    this.streams = streams;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() throws Exception {
    logging.apply();
    // Not a static logger: this class is made for every command line, and starting the logging
    // costs every command a third of a second.
    Logger log = LoggerFactory.getLogger(RunCommand.class);
    checkOptions();
    int threads = threadsOption.threads();
    QueueSettings settings = new QueueSettings(queue, workers, Duration.ofSeconds(20),
        KeyFilter.of(keyPrefix, keyRegex), exitWhenIdle == null ? null
            : Duration.ofSeconds(exitWhenIdle));
    Destinations destinations = new Destinations(sinkOptions, workingDirectory);
    AwsClients clients = aws.clients();
    S3Reads reads = clients.s3Reads();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    IngestCounters counters = new IngestCounters(registry);
    ParseStats stats = new ParseStats();
    QueueCounters queueCounters = new QueueCounters();
    RunMetrics.bind(registry, queueCounters, stats, counters, Clock.systemUTC());
    Destination destination = destinations.open(counters, streams.err(), "s3logs run");
    SqsSource source = new SqsSource(clients.sqs(), settings,
        object -> new S3LogObject(reads, object.bucket(), object.key()), queueCounters,
        Clock.systemUTC());
    streams.err().println("s3logs run: consuming " + queue + " into " + destination.describe());
    try (GracefulStop stop = GracefulStop.install(source,
        Duration.ofSeconds(shutdownTimeout), streams.err());
        AutoCloseable metrics = metrics(registry, source)) {
      try (destination; source) {
        Pipeline.run(source, destination.sink(), PipelineSettings.of(threads), stats,
            problem -> log.warn(problem));
      }
      new RunSummary(stats, counters, queueCounters, destination.deadLetterSummary(counters))
          .print(streams.err());
    }
    // A service stops normally: what the engine did not take is still on the queue (the summary
    // says how many messages), to be read by the next consumer.
    return ExitCodes.OK;
  }

  /** Refuses what would otherwise fail, or be ignored, only after connecting. */
  private void checkOptions() {
    if (shutdownTimeout < 0) {
      throw new IllegalArgumentException("--shutdown-timeout must be 0 seconds or more: got "
          + shutdownTimeout);
    }
    if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
      throw new IllegalArgumentException("--metrics-port must be 0 to 65535: got "
          + metricsPort);
    }
  }

  /** The metrics server, when asked for; healthy while the consumer works. */
  private AutoCloseable metrics(PrometheusMeterRegistry registry, SqsSource source) {
    if (metricsPort == null) {
      return () -> { };
    }
    MetricsServer server = new MetricsServer(metricsHost, metricsPort, registry,
        () -> source.problem() == null, source::problem);
    streams.err().println("s3logs run: metrics on http://" + metricsHost + ":" + server.port()
        + "/metrics");
    return server;
  }
}
