package dev.s3logs.sink.search;

import dev.s3logs.parse.ByteSearch;
import dev.s3logs.pipeline.ChunkItems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body of one {@code _bulk} request, built from documents of one or more chunks, each item
 * an action line and its document. Remembers where each item came from, so that items can be
 * sent again alone or dead-lettered with their raw line.
 */
public final class BulkRequest {

  private byte[] body;
  private int size;
  private final List<int[]> spans = new ArrayList<>();
  private final List<ChunkItems> origins = new ArrayList<>();
  private final List<Integer> originIndexes = new ArrayList<>();

  public BulkRequest(int capacity) {
    this.body = new byte[capacity];
  }

  /** Appends item {@code i} of a chunk whose output is {@code buffer}. */
  public void add(byte[] buffer, ChunkItems items, int i) {
    addBytes(buffer, items.start(i), items.end(i), items, i);
  }

  /** A new request of the given items of this one, to send again. */
  public BulkRequest subset(List<Integer> items) {
    BulkRequest retry = new BulkRequest(Math.max(1024, size / 2));
    for (int item : items) {
      int[] span = spans.get(item);
      retry.addBytes(body, span[0], span[1], origins.get(item), originIndexes.get(item));
    }
    return retry;
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

  public String source(int item) {
    return origins.get(item).source(originIndexes.get(item));
  }

  public long lineNumber(int item) {
    return origins.get(item).lineNumber(originIndexes.get(item));
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

  private void addBytes(byte[] src, int from, int to, ChunkItems items, int i) {
    if (size + to - from > body.length) {
      body = Arrays.copyOf(body, Math.max(body.length * 2, size + to - from));
    }
    System.arraycopy(src, from, body, size, to - from);
    spans.add(new int[] {size, size + to - from});
    origins.add(items);
    originIndexes.add(i);
    size += to - from;
  }

  /** Where the item's action line ends: every item has one, written by {@link BulkAction}. */
  private int actionEnd(int[] span) {
    return ByteSearch.indexOf(body, span[0], span[1], (byte) '\n');
  }
}
