package dev.s3logs.lambda.ingest;

import dev.s3logs.source.s3.S3Position;

/** What became of one part of an invocation: stored whole, stopped for lack of time, or not. */
public sealed interface PartResult {

  /** Every line from the part's start to the object's end is stored or in the dead letters. */
  record Done() implements PartResult {
  }

  /** Every line read is stored, but time ran short: the object goes on at {@code rest}. */
  record Stopped(S3Position rest) implements PartResult {
  }

  /** Not everything read could be stored, or the object could not be read. */
  record Failed(String reason) implements PartResult {
  }
}
