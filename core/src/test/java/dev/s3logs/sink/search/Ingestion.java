package dev.s3logs.sink.search;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.deadletter.DeadLetters;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.source.ListSource;
import dev.s3logs.source.LocalInputs;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One ingest run as the command does it, for the sink's integration tests. */
record Ingestion(ParseStats stats, IngestCounters counters, MeterRegistry registry,
    long deadLetters, List<String> problems) {

  static Ingestion run(URI engine, String pattern, BulkSettings settings, Path deadLetterFile,
      Path... files) {
    HttpTransport http = new HttpTransport(engine, RequestAuth.NONE, TlsSettings.DEFAULT, false,
        Duration.ofSeconds(60));
    MeterRegistry registry = new SimpleMeterRegistry();
    IngestCounters counters = new IngestCounters(registry);
    List<String> problems = new ArrayList<>();
    List<String> paths = Stream.of(files).map(Path::toString).toList();
    try (DeadLetters deadLetters = DeadLetters.toFile(deadLetterFile, Clock.systemUTC());
        SearchSink sink = new SearchSink(http, pattern, false, true, settings, deadLetters,
            counters)) {
      ParseStats stats = new ParseStats();
      Pipeline.run(new ListSource(
              LocalInputs.expand(paths, new ByteArrayInputStream(new byte[0]), problems::add)),
          sink, PipelineSettings.of(2), stats, problems::add);
      return new Ingestion(stats, counters, registry, deadLetters.file().count(), problems);
    }
  }
}
