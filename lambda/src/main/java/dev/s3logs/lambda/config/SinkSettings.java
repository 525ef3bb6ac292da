package dev.s3logs.lambda.config;

import dev.s3logs.config.ConfigException;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.config.SearchSinkConfig.Ids;
import dev.s3logs.config.Setting;
import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.IndexNaming;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where documents go and how they are sent. Dead letters go to the engine's dead-letter index
 * by default, as for {@code run}; what that index refuses in turn is written to standard error,
 * which the function's log keeps, since a file would go with the execution environment (to a
 * file under /tmp only when standard error cannot be opened by name).
 */
final class SinkSettings {

  /** Lambda's own log: the one place a function writes that outlives it. */
  static final Path STANDARD_ERROR = Path.of("/dev/stderr");
  static final Path TMP_DEAD_LETTERS = Path.of("/tmp/s3logs-dead-letters.ndjson");

  private static final Path WRITABLE = Path.of("/tmp");

  private SinkSettings() {
  }

  static SearchSinkConfig read(SettingValues values) {
    BulkSettings defaults = BulkSettings.DEFAULT;
    BulkSettings bulk = defaults.withSize(values.size("bulk-size", defaults.maxBytes()),
        values.number("concurrency", defaults.concurrency(), 1))
        .withAttempts(values.number("max-attempts", defaults.maxAttempts(), 1));
    Ids ids = values.find("ids").map(setting -> SettingValues.convert(setting,
        value -> EngineSettings.choice(Ids.class, value, "auto, on or off"))).orElse(Ids.AUTO);
    SearchSinkConfig config = new SearchSinkConfig(
        values.text("index", IndexNaming.DEFAULT_PATTERN), values.text("data-stream").orElse(null),
        ids, !values.flag("skip-setup"), deadLetterFile(values.find("dead-letter")),
        firstWritable(STANDARD_ERROR, TMP_DEAD_LETTERS), bulk);
    check(config, values.find(config.usesDataStream() ? "data-stream" : "index"));
    return config;
  }

  /** Null for the dead-letter index; else a file under /tmp, the only place one can write. */
  static Path deadLetterFile(Optional<Setting> setting) {
    if (setting.isEmpty() || setting.get().value().strip().equals("index")) {
      return null;
    }
    Path path = Path.of(setting.get().value().strip()).normalize();
    if (!path.isAbsolute() || !path.startsWith(WRITABLE) || path.equals(WRITABLE)) {
      throw SettingValues.problem(setting.get(), "a dead-letter file must be under /tmp, the"
          + " only place a Lambda function may write (and it goes with the execution"
          + " environment): use index, the default, to keep them in the engine");
    }
    return path;
  }

  /**
   * {@code preferred} if it can be opened for appending (standard error is a pipe or a file; a
   * socket cannot be opened by name), else {@code otherwise}. Nothing is written.
   */
  static Path firstWritable(Path preferred, Path otherwise) {
    try (OutputStream probe = Files.newOutputStream(preferred, StandardOpenOption.APPEND)) {
      return preferred;
    } catch (IOException e) {
      return otherwise;
    }
  }

  /** The index pattern (or data stream) is checked now, not at the first invocation. */
  private static void check(SearchSinkConfig config, Optional<Setting> origin) {
    try {
      new IndexNaming(config.target());
      config.setup();
    } catch (IllegalArgumentException e) {
      String message = origin.map(setting -> setting.describe() + ": ").orElse("")
          + e.getMessage();
      throw new ConfigException(message, e);
    }
  }
}
