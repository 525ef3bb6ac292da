package dev.s3logs.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers an option's value from the configuration: its {@code S3LOGS_} variable, else an alias
 * from the Docker-based setup ({@code ES_ENDPOINT}, {@code ES_PREFIX}, {@code SQS_QUEUE_NAME},
 * {@code AWS_REGION}), else the YAML file. Command-line flags, which win over all of these, are
 * the caller's business. Blank variables count as unset, as in a compose file's {@code ES_PREFIX=}.
 */
public final class ConfigLookup {

  /** The variable naming the YAML file when no {@code --config} is given. */
  public static final String CONFIG_VARIABLE = "S3LOGS_CONFIG";

  private final Map<String, String> env;
  private final ConfigFile file;

  /** {@code env} is {@code System.getenv()} in production and the test's own map in tests. */
  public ConfigLookup(Map<String, String> env, ConfigFile file) {
    this.env = Map.copyOf(env);
    this.file = file;
  }

  /** For callers without a command line (a Lambda): the file is the one S3LOGS_CONFIG names. */
  public static ConfigLookup fromEnvironment(Map<String, String> env, Set<String> known) {
    String path = env.get(CONFIG_VARIABLE);
    ConfigFile file = path == null || path.isBlank() ? ConfigFile.NONE
        : ConfigFile.load(Path.of(path), known);
    return new ConfigLookup(env, file);
  }

  /** The variable of an option: {@code bulk-size} or {@code --bulk-size} gives S3LOGS_BULK_SIZE. */
  public static String variableFor(String option) {
    return "S3LOGS_" + bare(option).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The value of an option ({@code bulk-size} or {@code --bulk-size}), if configured. */
  public Optional<Setting> find(String option) {
    String name = bare(option);
    String variable = variableFor(name);
    Optional<Setting> found = variable(variable).map(value -> Setting.of(name, value, variable));
    for (Aliases.Alias alias : Aliases.of(name)) {
      found = found.or(() -> variable(alias.variable())
          .map(value -> new Setting(name, alias.toValue().apply(value), alias.variable(), value)));
    }
    return found.or(() -> file.find(name));
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
  }

  private static String bare(String option) {
    return option.startsWith("--") ? option.substring(2) : option;
  }
}
