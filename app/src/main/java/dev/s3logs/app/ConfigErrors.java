package dev.s3logs.app;

import dev.s3logs.config.Setting;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Puts the setting to fix in front of an error about a value that came from configuration:
 * {@code S3LOGS_THREADS='0': --threads must be at least 1, not 0}. Without it the message would
 * name a flag the user never typed. Secret values are replaced, wherever the message quotes them.
 */
final class ConfigErrors {

  private static final String HIDDEN = "(not shown)";

  private ConfigErrors() {
  }

  /** Bad values met while parsing: a conversion, such as S3LOGS_BULK_SIZE=x. */
  static IParameterExceptionHandler naming(ConfigDefaults defaults,
      IParameterExceptionHandler next) {
    return (e, args) -> next.handleParseException(named(defaults, e), args);
  }

  /** Bad values met when a command starts: its own checks, such as --threads at least 1. */
  static IExecutionExceptionHandler naming(ConfigDefaults defaults,
      IExecutionExceptionHandler next) {
    return (e, commandLine, parsed) -> next.handleExecutionException(
        named(defaults, e, commandLine), commandLine, parsed);
  }

  private static ParameterException named(ConfigDefaults defaults, ParameterException e) {
    Optional<Setting> origin = Optional.ofNullable(e.getArgSpec()).flatMap(defaults::origin);
    if (origin.isEmpty()) {
      return e;
    }
    return new ParameterException(e.getCommandLine(), message(origin.get(), e.getMessage()), e,
        e.getArgSpec(), e.getValue());
  }

  private static Exception named(ConfigDefaults defaults, Exception e, CommandLine commandLine) {
    if (!(e instanceof IllegalArgumentException) || e.getMessage() == null) {
      return e;
    }
    for (OptionSpec option : commandLine.getCommandSpec().options()) {
      Optional<Setting> origin = defaults.origin(option);
      if (origin.isPresent() && mentions(e.getMessage(), option.longestName())) {
        return new IllegalArgumentException(message(origin.get(), e.getMessage()), e);
      }
    }
    return e;
  }

  private static boolean mentions(String message, String optionName) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(optionName) + "(?![\\w-])")
        .matcher(message).find();
  }

  private static String message(Setting origin, String message) {
    String shown = origin.secret() ? hide(message, origin) : message;
    return origin.describe() + ": " + shown;
  }

  private static String hide(String message, Setting origin) {
    String hidden = message;
    for (String value : new String[] {origin.written(), origin.value()}) {
      if (!value.isEmpty()) {
        hidden = hidden.replace(value, HIDDEN);
      }
    }
    return hidden;
  }
}
