package dev.s3logs.sink.deadletter;

import dev.s3logs.document.DocumentId;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.search.BulkItemResult;
import dev.s3logs.sink.search.BulkResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Dead letters indexed next to the logs, in {@code <prefix>-failed}, where they can be searched
 * with the same tools. Records are sent in batches; a batch the engine does not take goes to
 * the fallback file instead, so that a refusal of the dead letters themselves loses nothing.
 */
public final class DeadLetterIndex implements DeadLetter {

  private static final int BATCH = 500;

  private final HttpTransport http;
  private final String index;
  private final Clock clock;
  private final DeadLetter fallback;
  private final DocumentId ids = new DocumentId();
  private final List<DeadLetterRecord> pending = new ArrayList<>();
  private long stored;

  public DeadLetterIndex(HttpTransport http, String index, Clock clock, DeadLetter fallback) {
    this.http = http;
    this.index = index;
    this.clock = clock;
    this.fallback = fallback;
  }

  @Override
  public synchronized void add(DeadLetterRecord record) {
    pending.add(record);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  @Override
  public synchronized long count() {
    return stored + pending.size() + fallback.count();
  }

  @Override
  public String describe() {
    return fallback.count() == 0 ? "index " + index
        : "index " + index + " and, where it refused them, " + fallback.describe();
  }

  @Override
  public synchronized void close() {
    flush();
    fallback.close();
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<BulkItemResult> results = send();
    for (int i = 0; i < pending.size(); i++) {
      if (results != null && i < results.size() && results.get(i).isStored()) {
        stored++;
      } else {
        fallback.add(pending.get(i));
      }
    }
    pending.clear();
  }

  /** The item results, or null when the whole request failed. */
  private List<BulkItemResult> send() {
    try {
      HttpReply reply = http.send("POST", BulkResponse.PATH,
          "application/x-ndjson", body());
      return reply.isSuccess() ? BulkResponse.items(reply.body()) : null;
    } catch (EngineUnreachableException e) {
      return null;
    }
  }

  private byte[] body() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (DeadLetterRecord record : pending) {
      String id = record.id() != null ? record.id()
          : ids.of(record.rawLine(), 0, record.rawLine().length);
      out.writeBytes(("{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + id + "\"}}\n")
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(DeadLetterJson.of(record, clock.instant()));
      out.write('\n');
    }
    return out.toByteArray();
  }
}
