package dev.s3logs.sink.deadletter;

import dev.s3logs.record.ParseFailure;
import java.nio.charset.StandardCharsets;

/**
 * A line that did not make it into the engine, with why: it could not be parsed (stage
 * {@code parse}) or the engine refused its document for good (stage {@code index}).
 *
 * @param status the engine's status for the item, 0 for parse failures
 * @param rawLine the log line's bytes, without its line ending
 * @param index the index that refused it, or null
 * @param id the document id, or null
 * @param document the refused document's JSON, or null
 */
public record DeadLetterRecord(String stage, String reason, String errorType, int status,
    String source, long lineNumber, byte[] rawLine, String index, String id, byte[] document) {

  public static DeadLetterRecord of(ParseFailure failure) {
    byte[] raw = failure.rawBase64() != null
        ? java.util.Base64.getDecoder().decode(failure.rawBase64())
        : failure.rawLine().getBytes(StandardCharsets.UTF_8);
    return new DeadLetterRecord("parse", failure.reason(), "parse_failure", 0, failure.source(),
        failure.lineNumber(), raw, null, null, null);
  }
}
