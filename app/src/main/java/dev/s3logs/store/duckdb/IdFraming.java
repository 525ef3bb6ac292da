package dev.s3logs.store.duckdb;

import dev.s3logs.document.JsonLine;
import dev.s3logs.parse.LineFields;
import dev.s3logs.pipeline.DocumentFraming;
import java.nio.charset.StandardCharsets;

/**
 * Opens each document with its id as a first member: {@code {"id":"<22 chars>",} and then the
 * document's own {@code {"@timestamp":...}}. The worker thread does this part of the work; the
 * sink drops the document's opening brace as it stages the chunk ({@link StagingFile}), which
 * makes each line one JSON object with the id the engines get as {@code _id}.
 */
final class IdFraming implements DocumentFraming {

  static final byte[] OPENING = ascii("{\"id\":\"");
  static final byte[] CLOSING = ascii("\",");
  /** The framing's length: ids are 22 characters ({@link dev.s3logs.document.DocumentId}). */
  static final int LENGTH = OPENING.length + 22 + CLOSING.length;

  @Override
  public void before(LineFields fields, byte[] id, JsonLine json) {
    json.raw(OPENING, 0, OPENING.length);
    json.raw(id, 0, id.length);
    json.raw(CLOSING, 0, CLOSING.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
