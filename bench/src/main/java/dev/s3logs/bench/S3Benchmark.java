package dev.s3logs.bench;

import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.aws.AwsClients;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.source.ListSource;
import dev.s3logs.source.LocalInputs;
import dev.s3logs.source.Source;
import dev.s3logs.source.s3.LogDateRange;
import dev.s3logs.source.s3.S3Listing;
import dev.s3logs.source.s3.S3Location;
import dev.s3logs.source.s3.S3Reads;
import dev.s3logs.testing.StandaloneEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How fast s3logs reads S3 compared with local files, on this machine: (1) a few large objects
 * and (2) many small ones, each through {@code Pipeline.run} into a {@code DiscardSink} in this
 * JVM, local directory against an S3Proxy listing; (3) {@code s3logs run} from a queue against
 * {@code s3logs ingest} of a local file, into OpenSearch. Run it with
 * {@code bench/s3-benchmark.sh}, which builds what is missing and says what can be set.
 */
public final class S3Benchmark {

  private static final String PREFIX = "logs/";

  private final S3BenchSettings settings;
  private final BenchWork work;
  private final S3ProxyServer server;
  private final S3Client s3;
  private final S3Reads reads;
  private final List<Runnable> tables = new ArrayList<>();

  private S3Benchmark(S3BenchSettings settings, BenchWork work, S3ProxyServer server) {
    this.settings = settings;
    this.work = work;
    this.server = server;
    AwsClientSettings aws = new AwsClientSettings(Optional.of(server.endpoint()),
        Optional.empty(), Optional.of(S3ProxyServer.REGION), true, Optional.empty());
    AwsClients clients = new AwsClients(aws, S3ProxyServer.REGION,
        StaticCredentialsProvider.create(AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY,
            S3ProxyServer.SECRET_KEY)), Map.of());
    this.s3 = clients.s3();
    this.reads = clients.s3Reads();
  }

  public static void main(String[] args) throws Exception {
    S3BenchSettings settings = S3BenchSettings.fromEnvironment();
    try (BenchWork work = BenchWork.open(settings.workDir(), settings.keepWork())) {
      MachineNote.print(settings);
      Path log = work.generate(settings.linesNeeded());
      try (S3ProxyServer server = S3ProxyServer.start(
          Files.createDirectories(work.path().resolve("s3proxy")), settings.serverJavaOpts())) {
        new S3Benchmark(settings, work, server).run(log);
      }
    }
  }

  private void run(Path log) throws Exception {
    if (settings.parts().contains(1)) {
      largeObjects(log);
    }
    if (settings.parts().contains(2)) {
      smallObjects(log);
    }
    if (settings.parts().contains(3)) {
      runAgainstIngest(log);
    }
    System.out.printf("%n== Summary (load average at end: %s)%n", MachineNote.loadAverage());
    tables.forEach(Runnable::run);
  }

  private void largeObjects(Path log) throws Exception {
    String title = String.format("Part 1: %,d lines in %d objects, %d threads, %d fetchers,"
        + " medians of %d rounds", settings.lines(), settings.largeObjects(), settings.threads(),
        settings.defaultFetchers(), settings.runs());
    Path dir = work.path().resolve("large");
    upload("bench-large", LogObjects.split(log, settings.lines(), settings.largeObjects(), dir));
    PipelineSettings pipeline = new PipelineSettings(settings.threads(),
        settings.defaultFetchers());
    compare(title, List.of(new Contender("local files", local(dir), pipeline),
        new Contender("S3 listing", listing("bench-large"), pipeline)));
  }

  private void smallObjects(Path log) throws Exception {
    long lines = (long) settings.smallObjects() * settings.smallLines();
    String title = String.format("Part 2: %,d lines in %,d objects, %d threads, medians of %d"
        + " rounds", lines, settings.smallObjects(), settings.threads(), settings.runs());
    Path dir = work.path().resolve("small");
    upload("bench-small", LogObjects.split(log, lines, settings.smallObjects(), dir));
    List<Contender> contenders = new ArrayList<>(List.of(new Contender(
        "local files, fetchers " + settings.defaultFetchers(), local(dir),
        new PipelineSettings(settings.threads(), settings.defaultFetchers()))));
    for (int fetchers : settings.fetchers()) {
      contenders.add(new Contender("S3 listing, fetchers " + fetchers, listing("bench-small"),
          new PipelineSettings(settings.threads(), fetchers)));
    }
    compare(title, contenders);
  }

  private void compare(String title, List<Contender> contenders) {
    System.out.printf("%n== %s%n", title);
    List<SourceRun> runs = new SourceComparison(server, settings.runs()).measure(contenders);
    Runnable table = () -> SourceComparison.print(title, contenders, runs);
    table.run();
    tables.add(table);
  }

  private void runAgainstIngest(Path log) throws Exception {
    System.out.printf("%n== Part 3: %,d lines, %d objects; starting OpenSearch (%s)%n",
        settings.runLines(), settings.runObjects(), settings.engineJavaOpts());
    List<Path> objects = LogObjects.split(log, settings.runLines(), settings.runObjects(),
        work.path().resolve("run"));
    upload("bench-run", objects);
    Path file = LogObjects.split(log, settings.runLines(), 1, work.path().resolve("run-file"))
        .get(0);
    long documents = DocumentCount.of(file);
    try (StandaloneEngine engine = StandaloneEngine.openSearch(settings.engineJavaOpts())) {
      String url = engine.engine().baseUri().toString();
      work.command("setup", List.of("./s3logs", "setup", "--to", url, "--index",
          RunVersusIngest.INDEX_PATTERN, "--replicas", "0", "--refresh-interval", "30s"));
      RunSetup setup = new RunSetup(work.root(), work.path(), file, "bench-run", objects, PREFIX,
          url, server, documents);
      List<RunMeasurement> results = new RunVersusIngest(setup, engine, server)
          .measure(settings.runs());
      Runnable table = () -> RunVersusIngest.print(results, settings.runLines(),
          settings.runObjects());
      table.run();
      tables.add(table);
    }
  }

  private void upload(String bucket, List<Path> files) throws Exception {
    long began = System.nanoTime();
    s3.createBucket(request -> request.bucket(bucket));
    Uploads.put(s3, bucket, PREFIX, files);
    System.out.printf("   uploaded %,d objects to s3://%s/%s in %.1f s (untimed)%n", files.size(),
        bucket, PREFIX, (System.nanoTime() - began) / 1e9);
  }

  private static Supplier<Source> local(Path dir) {
    return () -> new ListSource(LocalInputs.expand(List.of(dir.toString()), System.in,
        warning -> { }));
  }

  private Supplier<Source> listing(String bucket) {
    return () -> new ListSource(new S3Listing(s3, reads, new S3Location(bucket, PREFIX),
        LogDateRange.ALL).objects().iterator());
  }
}
