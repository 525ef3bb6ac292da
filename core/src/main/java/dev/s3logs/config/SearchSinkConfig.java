package dev.s3logs.config;

import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.IndexNaming;
import dev.s3logs.sink.search.setup.SetupOptions;
import java.nio.file.Path;

/**
 * Where documents go in the engine and how they are sent.
 *
 * @param indexPattern daily indices, e.g. {@code s3-access-logs-{yyyy.MM.dd}}, or without braces
 *     one index
 * @param dataStream a data stream to write to instead, or null
 * @param ids whether to send document ids
 * @param installSetup install the index templates when they are missing
 * @param deadLetterFile dead letters into this file instead of the {@code <prefix>-failed} (or
 *     {@code <index>-failed}) index,
 *     or null
 * @param fallbackFile where dead letters go that the dead-letter index refuses
 */
public record SearchSinkConfig(String indexPattern, String dataStream, Ids ids,
    boolean installSetup, Path deadLetterFile, Path fallbackFile, BulkSettings bulk) {

  /** Document ids: always, never, or unless the engine refuses them (OpenSearch Serverless). */
  public enum Ids { AUTO, ON, OFF }

  public static final Path FALLBACK_DEAD_LETTERS = Path.of("s3logs-dead-letters.ndjson");

  /** What the bulk actions name: the pattern, or the data stream. */
  public String target() {
    return dataStream != null ? dataStream : indexPattern;
  }

  public boolean usesDataStream() {
    return dataStream != null;
  }

  /**
   * The setup that goes with these indices: templates for {@code PREFIX-*} and
   * {@code PREFIX-failed}, so a daily pattern must be a prefix, a dash and a date; or, for one
   * index, templates for exactly that name and {@code NAME-failed}.
   */
  public SetupOptions setup() {
    if (dataStream != null) {
      return SetupOptions.defaults().withPrefix(dataStream).withDataStream(dataStream);
    }
    IndexNaming naming = new IndexNaming(indexPattern);
    String prefix = naming.prefix();
    if (!naming.isDaily()) {
      return SetupOptions.defaults().withIndex(prefix);
    }
    if (!prefix.endsWith("-") || prefix.length() < 2) {
      throw new IllegalArgumentException("--index '" + indexPattern + "' must be a prefix, a "
          + "dash and a {date format}, e.g. weblogs-{yyyy.MM.dd}, or one index's name");
    }
    return SetupOptions.defaults().withPrefix(prefix.substring(0, prefix.length() - 1));
  }
}
