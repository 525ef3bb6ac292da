package dev.s3logs.sink.deadletter;

import dev.s3logs.document.DocumentId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Dead letters as bulk items for {@code <prefix>-failed}, next to the logs, where they can be
 * searched with the same tools. They are sent through the same bulk path as documents, with the
 * same retries. Each gets the id of its line (or of its refused document), so a line that fails
 * again on a second run is not kept twice.
 */
public final class DeadLetterIndex {

  private final String index;
  private final Clock clock;

  public DeadLetterIndex(String index, Clock clock) {
    this.index = index;
    this.clock = clock;
  }

  public String name() {
    return index;
  }

  /** The record's action line and document, each ending with a newline. */
  public byte[] item(DeadLetterRecord record) {
    String id = record.id() != null ? record.id()
        : new DocumentId().of(record.rawLine(), 0, record.rawLine().length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 + record.rawLine().length * 2);
    out.writeBytes(("{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + id + "\"}}\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(DeadLetterJson.of(record, clock.instant()));
    out.write('\n');
    return out.toByteArray();
  }
}
