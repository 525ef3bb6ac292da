package dev.s3logs.app;

import picocli.CommandLine;

/** Entry point of the {@code s3logs} command. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(Streams.system(), args));
  }

  /** Runs a command line in-process; tests call this with their own streams. */
  public static int run(Streams streams, String... args) {
    CommandLine commandLine = S3LogsCommand.commandLine(streams);
    try {
      return commandLine.execute(args);
    } finally {
      try {
        streams.out().flush();
      } catch (java.io.IOException e) {
        if (!"Broken pipe".equals(e.getMessage())) {
          streams.err().println("s3logs: cannot write output: " + e.getMessage());
        }
      }
    }
  }
}
