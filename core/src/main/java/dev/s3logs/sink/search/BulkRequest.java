package dev.s3logs.sink.search;

import dev.s3logs.parse.ByteSearch;
import dev.s3logs.pipeline.ChunkItems;
import dev.s3logs.pipeline.ChunkSettlement;
import dev.s3logs.sink.deadletter.DeadLetterRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The body of one {@code _bulk} request, each item an action line and its document: documents
 * from one or more chunks, and dead letters. Remembers where each item came from, so that items
 * can be sent again alone, dead-lettered with their raw line, or failed with their object; and
 * holds the chunks it carries documents of until it is {@link #settle settled}.
 */
public final class BulkRequest {

  private byte[] body;
  private int size;
  private final List<int[]> spans = new ArrayList<>();
  private final List<ChunkItems> origins = new ArrayList<>();
  private final List<Integer> originIndexes = new ArrayList<>();
  private final List<DeadLetterRecord> deadLetters = new ArrayList<>();
  private final List<ChunkSettlement> itemSettlements = new ArrayList<>();
  private final Set<ChunkSettlement> held = Collections.newSetFromMap(new IdentityHashMap<>());

  public BulkRequest(int capacity) {
    this.body = new byte[capacity];
  }

  /** Appends document {@code i} of a chunk whose output is {@code buffer}. */
  public void add(byte[] buffer, ChunkItems items, int i) {
    addBytes(buffer, items.start(i), items.end(i), items, i, null, items.settlement());
  }

  /** Appends a dead letter, rendered as an action line and a document. */
  public void addDeadLetter(byte[] item, DeadLetterRecord record, ChunkSettlement settlement) {
    addBytes(item, 0, item.length, null, -1, record, settlement);
  }

  /**
   * A new request of the given items of this one, to send again. It holds nothing: this request
   * keeps holding the chunks until it is settled.
   */
  public BulkRequest subset(List<Integer> items) {
    BulkRequest retry = new BulkRequest(Math.max(1024, size / 2));
    for (int item : items) {
      int[] span = spans.get(item);
      retry.copy(body, span[0], span[1], origins.get(item), originIndexes.get(item),
          deadLetters.get(item), itemSettlements.get(item));
    }
    return retry;
  }

  /** Releases the chunks this request held: their documents here are all accounted for. */
  public void settle() {
    held.forEach(ChunkSettlement::release);
    held.clear();
  }

  /** Fails the object of an item that could not be stored, or its whole chunk for a dead letter. */
  public void fail(int item, String reason) {
    ChunkItems origin = origins.get(item);
    if (origin != null) {
      origin.object(originIndexes.get(item)).fail(reason);
    } else if (itemSettlements.get(item) != null) {
      itemSettlements.get(item).failAll(reason);
    }
  }

  public int size() {
    return size;
  }

  public int itemCount() {
    return spans.size();
  }

  public byte[] body() {
    return size == body.length ? body : Arrays.copyOf(body, size);
  }

  /** The dead letter an item carries, or null for a document. */
  public DeadLetterRecord deadLetter(int item) {
    return deadLetters.get(item);
  }

  /** The chunk an item came from, to keep the dead letter of a refused document with it. */
  ChunkSettlement settlement(int item) {
    return itemSettlements.get(item);
  }

  public String source(int item) {
    return origins.get(item).source(originIndexes.get(item));
  }

  public long lineNumber(int item) {
    return origins.get(item).lineNumber(originIndexes.get(item));
  }

  /** The event time (epoch seconds) of an item that is a document, not a dead letter. */
  public long eventTime(int item) {
    return origins.get(item).eventTime(originIndexes.get(item));
  }

  public byte[] rawLine(int item) {
    return origins.get(item).rawLine(originIndexes.get(item));
  }

  /** The document of an item: what follows its action line, without the final newline. */
  public byte[] document(int item) {
    int[] span = spans.get(item);
    return Arrays.copyOfRange(body, actionEnd(span) + 1, span[1] - 1);
  }

  /** A value of the item's action line: {@code _index} or {@code _id}, or null. */
  public String actionValue(int item, String key) {
    int[] span = spans.get(item);
    int newline = actionEnd(span);
    String action = new String(body, span[0], newline - span[0], StandardCharsets.UTF_8);
    String marker = "\"" + key + "\":\"";
    int start = action.indexOf(marker);
    if (start < 0) {
      return null;
    }
    start += marker.length();
    return action.substring(start, action.indexOf('"', start));
  }

  private void addBytes(byte[] src, int from, int to, ChunkItems items, int i,
      DeadLetterRecord deadLetter, ChunkSettlement settlement) {
    if (settlement != null && held.add(settlement)) {
      settlement.hold();
    }
    copy(src, from, to, items, i, deadLetter, settlement);
  }

  private void copy(byte[] src, int from, int to, ChunkItems items, int i,
      DeadLetterRecord deadLetter, ChunkSettlement settlement) {
    if (size + to - from > body.length) {
      body = Arrays.copyOf(body, Math.max(body.length * 2, size + to - from));
    }
    System.arraycopy(src, from, body, size, to - from);
    spans.add(new int[] {size, size + to - from});
    origins.add(items);
    originIndexes.add(i);
    deadLetters.add(deadLetter);
    itemSettlements.add(settlement);
    size += to - from;
  }

  /** Where the item's action line ends: every item has one, written by {@link BulkAction}. */
  private int actionEnd(int[] span) {
    return ByteSearch.indexOf(body, span[0], span[1], (byte) '\n');
  }
}
