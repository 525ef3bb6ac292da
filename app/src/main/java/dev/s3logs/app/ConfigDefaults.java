package dev.s3logs.app;

import dev.s3logs.config.ConfigException;
import dev.s3logs.config.ConfigFile;
import dev.s3logs.config.ConfigLookup;
import dev.s3logs.config.Setting;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Answers every option not given on the command line from the configuration: its S3LOGS_
 * variable, an alias of the Docker-based setup, then the {@code --config} file (see
 * {@link ConfigLookup}). Picocli asks only for options that were not given, so flags win.
 * Remembers where each value came from, so that an error about it can name the setting to fix.
 */
final class ConfigDefaults implements IDefaultValueProvider {

  private final Map<String, String> env;
  private final Set<String> known;
  private final Map<Optional<Path>, ConfigLookup> lookups = new HashMap<>();
  private final Map<ArgSpec, Setting> supplied = new IdentityHashMap<>();

  /**
   * @param env the environment: System.getenv() in production, the test's own map in tests
   * @param known the option names (without dashes) that a config file may set
   */
  ConfigDefaults(Map<String, String> env, Set<String> known) {
    this.env = Map.copyOf(env);
    this.known = Set.copyOf(known);
  }

  /** Gives every command with options {@code --config} and its defaults from configuration. */
  static ConfigDefaults install(CommandLine root, Map<String, String> env) {
    addConfigOption(root);
    ConfigDefaults defaults = new ConfigDefaults(env, settable(root, new TreeSet<>()));
    root.setDefaultValueProvider(defaults);
    root.setParameterExceptionHandler(
        ConfigErrors.naming(defaults, root.getParameterExceptionHandler()));
    root.setExecutionExceptionHandler(
        ConfigErrors.naming(defaults, root.getExecutionExceptionHandler()));
    return defaults;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    String name = configurableName(arg);
    if (name == null || helpRequested(arg.command())) {
      return null;
    }
    if (name.equals("config")) {
      return variable(ConfigLookup.CONFIG_VARIABLE).map(ConfigDefaults::escaped).orElse(null);
    }
    Optional<Setting> setting = lookup(arg.command()).find(name);
    setting.ifPresent(found -> supplied.put(arg, found));
    return setting.map(found -> escaped(found.value())).orElse(null);
  }

  /** Where the configuration's value for {@code arg} came from, when it gave one. */
  Optional<Setting> origin(ArgSpec arg) {
    return Optional.ofNullable(supplied.get(arg));
  }

  private ConfigLookup lookup(CommandSpec command) {
    Optional<Path> file = configFile(command);
    try {
      return lookups.computeIfAbsent(file, path -> new ConfigLookup(env,
          path.map(p -> ConfigFile.load(p, known)).orElse(ConfigFile.NONE)));
    } catch (ConfigException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e);
    }
  }

  /** The --config given (picocli applies defaults after the arguments), else S3LOGS_CONFIG. */
  private Optional<Path> configFile(CommandSpec command) {
    OptionSpec option = command.findOption("config");
    Path given = option == null ? null : option.getValue();
    return Optional.ofNullable(given)
        .or(() -> variable(ConfigLookup.CONFIG_VARIABLE).map(Path::of));
  }

  /** Help and version work even when the configuration is broken: they do not read it. */
  private static boolean helpRequested(CommandSpec command) {
    return command.options().stream().anyMatch(option -> (option.usageHelp()
        || option.versionHelp()) && Boolean.TRUE.equals(option.getValue()));
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
  }

  /** Picocli expands ${...} in defaults and reads $$ as $: configured text stays as it is. */
  private static String escaped(String value) {
    return value.replace("$", "$$");
  }

  /** The long name without dashes of an option that configuration may set, else null. */
  private static String configurableName(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()
        || !option.longestName().startsWith("--")) {
      return null;
    }
    return option.longestName().substring(2);
  }

  private static void addConfigOption(CommandLine command) {
    boolean hasOptions = command.getCommandSpec().options().stream()
        .anyMatch(option -> configurableName(option) != null);
    if (hasOptions && command.getCommandSpec().findOption("config") == null) {
      command.addMixin("config", new ConfigOption());
    }
    command.getSubcommands().values().forEach(ConfigDefaults::addConfigOption);
  }

  private static Set<String> settable(CommandLine command, Set<String> names) {
    command.getCommandSpec().options().stream().map(ConfigDefaults::configurableName)
        .filter(name -> name != null && !name.equals("config")).forEach(names::add);
    command.getSubcommands().values().forEach(sub -> settable(sub, names));
    return names;
  }
}
