package dev.s3logs.app;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A wrong command line gets one line naming the problem and where to look, instead of picocli's
 * default of the message followed by the whole usage text.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  private final PrintStream err;

  UsageErrorHandler(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    err.println(command + ": " + e.getMessage() + " (see '" + command + " --help')");
    return ExitCodes.USAGE;
  }
}
