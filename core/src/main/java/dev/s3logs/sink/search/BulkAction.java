package dev.s3logs.sink.search;

import dev.s3logs.document.JsonLine;
import dev.s3logs.parse.LineFields;
import dev.s3logs.pipeline.DocumentFraming;
import java.nio.charset.StandardCharsets;

/**
 * Writes the bulk action line before each document: {@code index} with the document id, so that
 * sending a line twice overwrites instead of duplicating, or {@code create} for data streams,
 * which accept nothing else (a repeat then fails with 409, which counts as already indexed).
 * One instance per worker thread.
 */
public final class BulkAction implements DocumentFraming {

  private final IndexNaming naming;
  private final byte[] opening;
  private final boolean withIds;

  /**
   * @param create {@code create} actions instead of {@code index}
   * @param withIds whether to send the document id as {@code _id} (OpenSearch Serverless
   *     time-series collections refuse custom ids)
   */
  public BulkAction(IndexNaming naming, boolean create, boolean withIds) {
    this.naming = naming;
    this.opening = ascii(create ? "{\"create\":{\"_index\":\"" : "{\"index\":{\"_index\":\"");
    this.withIds = withIds;
  }

  private static final byte[] ID = ascii("\",\"_id\":\"");
  private static final byte[] END = ascii("\"}}\n");

  @Override
  public void before(LineFields fields, byte[] id, JsonLine json) {
    byte[] index = naming.nameBytes(fields.time().getEpochSecond());
    json.raw(opening, 0, opening.length);
    json.raw(index, 0, index.length);
    if (withIds) {
      json.raw(ID, 0, ID.length);
      json.raw(id, 0, id.length);
    }
    json.raw(END, 0, END.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
