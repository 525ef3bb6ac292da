package dev.s3logs.app;

import dev.s3logs.sink.search.IndexNaming;
import dev.s3logs.sink.search.setup.SetupOptions;
import picocli.CommandLine.Option;

/** Where documents go: daily indices by pattern, or a data stream. Shared by ingest and setup. */
final class IndexOptions {

  @Option(names = "--index", paramLabel = "PATTERN", defaultValue = IndexNaming.DEFAULT_PATTERN,
      description = "Index names: PREFIX-{date format}, the date being the event's UTC day "
          + "(default: ${DEFAULT-VALUE})")
  String indexPattern;

  @Option(names = "--data-stream", paramLabel = "NAME",
      description = "Write to this data stream (create actions) instead of daily indices")
  String dataStream;

  /** What the bulk actions name: the pattern, or the data stream. */
  String target() {
    return dataStream != null ? dataStream : indexPattern;
  }

  boolean usesDataStream() {
    return dataStream != null;
  }

  /**
   * The setup that goes with these indices: templates for {@code PREFIX-*} and
   * {@code PREFIX-failed}, so the pattern must be a prefix, a dash and a date.
   */
  SetupOptions setup() {
    if (dataStream != null) {
      return SetupOptions.defaults().withPrefix(dataStream).withDataStream(dataStream);
    }
    IndexNaming naming = new IndexNaming(indexPattern);
    String prefix = naming.prefix();
    if (!naming.isDaily() || !prefix.endsWith("-") || prefix.length() < 2) {
      throw new IllegalArgumentException("--index '" + indexPattern + "' must be a prefix, a "
          + "dash and a {date format}, e.g. weblogs-{yyyy.MM.dd}; for one index use "
          + "--data-stream");
    }
    return SetupOptions.defaults().withPrefix(prefix.substring(0, prefix.length() - 1));
  }
}
