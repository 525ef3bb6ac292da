package dev.s3logs.generate;

/** Receives the lines of a request that S3 logs several times, e.g. a copy or a batch delete. */
interface LineSink {

  /** Formats {@code entry} now, so the caller may change it afterwards for the next line. */
  void emit(LogEntry entry);
}
