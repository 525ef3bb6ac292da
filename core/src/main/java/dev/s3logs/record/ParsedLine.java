package dev.s3logs.record;

/** What one log line becomes: a record, or a failure that keeps the raw line. */
public sealed interface ParsedLine permits AccessLogRecord, ParseFailure {
}
