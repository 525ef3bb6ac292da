package dev.s3logs.lambda.config;

import dev.s3logs.config.ConfigException;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.config.SearchSinkConfig.Ids;
import dev.s3logs.config.Setting;
import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.IndexNaming;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where documents go and how they are sent. Dead letters go to the engine's dead-letter index
 * by default, as for {@code run}; what that index refuses in turn is written to standard error,
 * which the function's log keeps, since a file would go with the execution environment.
 */
final class SinkSettings {

  /** Lambda's own log: the one place a function writes that outlives it. */
  static final Path FALLBACK_DEAD_LETTERS = Path.of("/dev/stderr");

  private static final Path WRITABLE = Path.of("/tmp");

  private SinkSettings() {
  }

  static SearchSinkConfig read(SettingValues values) {
    BulkSettings bulk = BulkSettings.DEFAULT
        .withSize(values.size("bulk-size", "5mb"), values.number("concurrency", 2, 1))
        .withAttempts(values.number("max-attempts", 8, 1));
    Ids ids = values.find("ids").map(setting -> SettingValues.convert(setting,
        value -> EngineSettings.choice(Ids.class, value, "auto, on or off"))).orElse(Ids.AUTO);
    SearchSinkConfig config = new SearchSinkConfig(
        values.text("index", IndexNaming.DEFAULT_PATTERN), values.text("data-stream").orElse(null),
        ids, !values.flag("skip-setup"), deadLetterFile(values.find("dead-letter")),
        FALLBACK_DEAD_LETTERS, bulk);
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
