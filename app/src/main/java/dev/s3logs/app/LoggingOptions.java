package dev.s3logs.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --log-format} and {@code --log-level}, for long-running commands whose logs a collector
 * reads. Without them logging stays as logback.xml sets it: plain lines, WARN or
 * {@code S3LOGS_LOG_LEVEL}.
 */
final class LoggingOptions {

  @Option(names = "--log-format", paramLabel = "plain|json", converter = FormatConverter.class,
      description = "Log lines on standard error: plain (default) or json, one object a line")
  LogFormat format = LogFormat.PLAIN;

  @Option(names = "--log-level", paramLabel = "error|warn|info|debug",
      converter = LevelConverter.class,
      description = "Least severe level logged (default: warn, or S3LOGS_LOG_LEVEL)")
  Level level;

  /** Applies the options to logback; called first thing by the command. */
  void apply() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      apply(context);
    }
  }

  /** Applies the options to one logger context. */
  void apply(LoggerContext context) {
    format.applyTo(context);
    if (level != null) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(level);
    }
  }

  static final class FormatConverter implements ITypeConverter<LogFormat> {

    @Override
    public LogFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "plain" -> LogFormat.PLAIN;
        case "json" -> LogFormat.JSON;
        default -> throw new TypeConversionException(
            "'" + value + "' is no log format: use plain or json");
      };
    }
  }

  static final class LevelConverter implements ITypeConverter<Level> {

    private static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug");

    @Override
    public Level convert(String value) {
      String name = value.toLowerCase(Locale.ROOT);
      if (!LEVELS.contains(name)) {
        throw new TypeConversionException(
            "'" + value + "' is no log level: use error, warn, info or debug");
      }
      return Level.toLevel(name);
    }
  }
}
