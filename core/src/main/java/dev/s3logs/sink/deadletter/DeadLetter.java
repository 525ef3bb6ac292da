package dev.s3logs.sink.deadletter;

/**
 * Where lines go that could not be indexed, so that none is lost: a local NDJSON file or an
 * index next to the logs. Thread-safe.
 */
public interface DeadLetter extends AutoCloseable {

  void add(DeadLetterRecord record);

  /** How many records were kept. */
  long count();

  /** Where the records are, for the summary: a path or an index name. */
  String describe();

  /** Makes sure every record added so far is stored. */
  @Override
  void close();
}
