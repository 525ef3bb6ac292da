package dev.s3logs.store.engine;

import dev.s3logs.sink.search.setup.SetupOptions;

/** The indices that hold the logs {@code ingest} wrote, without its dead letters. */
final class LogIndices {

  private LogIndices() {
  }

  /**
   * {@code s3-access-logs-*,-s3-access-logs-failed} for daily indices: the pattern of the
   * index template, less the dead-letter index when the pattern takes it in.
   */
  static String target(SetupOptions indices) {
    String pattern = indices.logPattern();
    String deadLetters = indices.deadLetterIndex();
    boolean takesIn = pattern.endsWith("*")
        && deadLetters.startsWith(pattern.substring(0, pattern.length() - 1));
    return takesIn ? pattern + ",-" + deadLetters : pattern;
  }
}
