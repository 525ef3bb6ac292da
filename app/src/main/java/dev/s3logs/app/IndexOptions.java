package dev.s3logs.app;

import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.IndexNaming;
import dev.s3logs.sink.search.setup.SetupOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where documents go: daily indices by pattern, one index, or a data stream. */
final class IndexOptions {

  @Option(names = "--index", paramLabel = "PATTERN", defaultValue = IndexNaming.DEFAULT_PATTERN,
      description = "Index names: PREFIX-{date format}, the date being the event's UTC day, "
          + "or a NAME without braces for one index (default: ${DEFAULT-VALUE})")
  String indexPattern;

  @Option(names = "--data-stream", paramLabel = "NAME",
      description = "This data stream instead of daily indices (written with create actions)")
  String dataStream;

  /** The sink these indices make, with how documents are sent. */
  SearchSinkConfig sink(SearchSinkConfig.Ids ids, boolean installSetup, Path deadLetterFile,
      BulkSettings bulk) {
    return new SearchSinkConfig(indexPattern, dataStream, ids, installSetup, deadLetterFile,
        SearchSinkConfig.FALLBACK_DEAD_LETTERS, bulk);
  }

  /** The templates and names that go with these indices. */
  SetupOptions setup() {
    return sink(SearchSinkConfig.Ids.AUTO, false, null, BulkSettings.DEFAULT).setup();
  }
}
