package dev.s3logs.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code s3logs} command; each subcommand is its own class. */
@Command(
    name = "s3logs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Amazon S3 server access logs into documents you can search and chart.",
    subcommands = {CommandLine.HelpCommand.class})
public final class S3LogsCommand implements Callable<Integer> {

  private final Streams streams;
  @Spec
  private CommandSpec spec;

  S3LogsCommand(Streams streams) {
    this.streams = streams;
  }

  static CommandLine commandLine(Streams streams) {
    return commandLine(streams, System.getenv());
  }

  /** {@code env} holds the S3LOGS_ variables and their aliases; tests pass their own. */
  static CommandLine commandLine(Streams streams, Map<String, String> env) {
    return commandLine(streams, env, Path.of(""));
  }

  /** With {@code workingDirectory} for relative {@code duckdb:} paths; tests pass their own. */
  static CommandLine commandLine(Streams streams, Map<String, String> env,
      Path workingDirectory) {
    CommandLine commandLine = new CommandLine(new S3LogsCommand(streams))
        .addSubcommand(new ParseCommand(streams))
        .addSubcommand(new GenerateCommand(streams))
        .addSubcommand(new IngestCommand(streams, workingDirectory))
        .addSubcommand(new SetupCommand(streams))
        .addSubcommand(new RunCommand(streams, workingDirectory))
        .addSubcommand(new ServeCommand(streams, env, workingDirectory))
        .addSubcommand(new DemoCommand(streams, env));
    PrintWriter err = new PrintWriter(streams.err(), true);
    commandLine.setOut(err);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(streams.err()));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler(streams.err()));
    commandLine.registerConverter(LocalDate.class, S3LogsCommand::date);
    ConfigDefaults.install(commandLine, env);
    return commandLine;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** Without a command there is nothing to do: show the commands, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(streams.err());
    return ExitCodes.USAGE;
  }
}
