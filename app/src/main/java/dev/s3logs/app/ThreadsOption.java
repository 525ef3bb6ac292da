package dev.s3logs.app;

import picocli.CommandLine.Option;

/** {@code --threads}: how many threads parse, for every command that parses. */
final class ThreadsOption {

  @Option(names = "--threads", paramLabel = "N",
      description = "Parsing threads (default: the number of processors, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  int threads() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
    return threads;
  }
}
