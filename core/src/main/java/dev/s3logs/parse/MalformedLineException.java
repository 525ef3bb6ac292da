package dev.s3logs.parse;

/**
 * Raised inside the parser when a line does not have the structure of an access log record.
 * It never leaves the parser: {@link AccessLogParser} turns it into a failure record. No stack
 * trace is filled in because bad lines can be frequent and the trace would say nothing useful.
 */
final class MalformedLineException extends RuntimeException {

  MalformedLineException(String reason) {
    super(reason, null, false, false);
  }
}
