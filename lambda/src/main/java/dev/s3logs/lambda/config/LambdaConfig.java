package dev.s3logs.lambda.config;

import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.config.ConfigLookup;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.config.Setting;
import dev.s3logs.source.notification.KeyFilter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handlers' settings, from the function's environment: the variables of {@code s3logs run}'s
 * options ({@code S3LOGS_TO}, {@code S3LOGS_INDEX}, ..., and the aliases {@code ES_ENDPOINT},
 * {@code ES_PREFIX}), then the YAML file S3LOGS_CONFIG names. Read once, at init.
 *
 * @param keys which created objects to read (S3LOGS_KEY_PREFIX, S3LOGS_KEY_REGEX)
 * @param threads parser threads (S3LOGS_THREADS, default one per processor)
 * @param margin how much of an invocation's time to keep for storing what was read
 *     (S3LOGS_TIME_MARGIN, seconds); empty for the larger of 10 s and a tenth of the time
 */
public record LambdaConfig(EngineConfig engine, SearchSinkConfig sink, AwsClientSettings aws,
    KeyFilter keys, int threads, Optional<Duration> margin) {

  /**
   * Reads and checks every setting.
   *
   * @param env the function's environment, System.getenv() but in tests
   * @throws dev.s3logs.config.ConfigException naming the variable to fix
   */
  public static LambdaConfig from(Map<String, String> env) {
    SettingValues values = new SettingValues(ConfigLookup.fromEnvironment(env, Options.known()));
    return new LambdaConfig(EngineSettings.read(values, env), SinkSettings.read(values),
        ClientSettings.read(values), keys(values),
        values.number("threads", Runtime.getRuntime().availableProcessors(), 1),
        values.find("time-margin").map(setting -> Duration.ofSeconds(
            values.number("time-margin", 0, 1))));
  }

  /** The S3LOGS_ variables that are set but that nothing reads: misspelt, most likely. */
  public static Set<String> unknownVariables(Map<String, String> env) {
    return Options.unknownVariables(env);
  }

  private static KeyFilter keys(SettingValues values) {
    Optional<Setting> regex = values.find("key-regex");
    try {
      return KeyFilter.of(values.text("key-prefix").orElse(null),
          regex.map(Setting::value).orElse(null));
    } catch (IllegalArgumentException e) {
      throw SettingValues.problem(regex.orElseThrow(), e.getMessage());
    }
  }
}
