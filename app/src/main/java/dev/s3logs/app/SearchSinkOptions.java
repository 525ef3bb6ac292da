package dev.s3logs.app;

import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.sink.search.BulkSettings;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The engine, the indices and how documents are sent: shared by ingest and run. */
final class SearchSinkOptions {

  @Mixin
  EngineOptions engine;

  @Mixin
  IndexOptions index;

  @Option(names = "--ids", paramLabel = "auto|on|off", defaultValue = "auto",
      description = "Send document ids (exactly once across runs); auto: off on OpenSearch "
          + "Serverless, whose time-series collections refuse them (default: ${DEFAULT-VALUE})")
  String ids;

  @Option(names = "--skip-setup",
      description = "Do not install the index templates when they are missing")
  boolean skipSetup;

  @Option(names = "--dead-letter", paramLabel = "index|FILE", defaultValue = "index",
      description = "Where refused lines go: the index <prefix>-failed (<name>-failed for one "
          + "index), or an NDJSON file (default: ${DEFAULT-VALUE})")
  String deadLetter;

  @Option(names = "--bulk-size", paramLabel = "SIZE", defaultValue = "5mb",
      converter = ByteSize.class,
      description = "Bytes per bulk request (default: ${DEFAULT-VALUE})")
  int bulkBytes;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
      description = "Bulk requests in flight (default: ${DEFAULT-VALUE})")
  int concurrency;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "8",
      description = "Attempts per document, the first included, while the engine answers 429 "
          + "or 5xx or does not answer, before it counts as not stored (default: "
          + "${DEFAULT-VALUE})")
  int maxAttempts;

  /** The sink these options describe; a bad --index, --ids or --max-attempts is refused here. */
  SearchSinkConfig config() {
    SearchSinkConfig config = index.sink(idsChoice(), !skipSetup,
        "index".equals(deadLetter) ? null : Path.of(deadLetter),
        BulkSettings.DEFAULT.withSize(bulkBytes, concurrency).withAttempts(maxAttempts));
    config.setup();
    return config;
  }

  private SearchSinkConfig.Ids idsChoice() {
    try {
      return SearchSinkConfig.Ids.valueOf(ids.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ids must be auto, on or off: got '" + ids + "'");
    }
  }
}
