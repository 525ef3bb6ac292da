package dev.s3logs.pipeline;

import dev.s3logs.document.DocumentId;
import dev.s3logs.document.DocumentWriter;
import dev.s3logs.document.JsonLine;
import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.parse.ByteSearch;
import dev.s3logs.record.ParseFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A worker's state for turning lines into NDJSON documents; one per thread. */
public final class ChunkToNdjson implements Function<LineChunk, NdjsonChunk> {

  private final AccessLogParser parser = new AccessLogParser();
  private final DocumentId ids = new DocumentId();
  private final DocumentWriter documents = new DocumentWriter();
  private final JsonLine json = new JsonLine();
  private final BufferPool buffers;
  private final DocumentFraming framing;
  private final boolean keepItems;

  /**
   * @param buffers where output buffers come from and go back to
   * @param framing what to write before each document
   * @param keepItems whether to record each document's end and line ({@link ChunkItems}), for
   *     sinks that batch and dead-letter documents one by one
   */
  public ChunkToNdjson(BufferPool buffers, DocumentFraming framing, boolean keepItems) {
    this.buffers = buffers;
    this.framing = framing;
    this.keepItems = keepItems;
  }

  /** Plain NDJSON: hands its output buffers on and takes idle ones from {@code buffers}. */
  public ChunkToNdjson(BufferPool buffers) {
    this(buffers, DocumentFraming.NONE, false);
  }

  /** With a pool of its own, for callers that never release chunks. */
  public ChunkToNdjson() {
    this(new BufferPool(1));
  }

  @Override
  public NdjsonChunk apply(LineChunk chunk) {
    json.reset(buffers.take());
    List<ParseFailure> failures = new ArrayList<>();
    int readFailuresKept = 0;
    byte[] data = chunk.data();
    ChunkItems items = keepItems ? new ChunkItems(chunk.settlement()) : null;
    int records = 0;
    for (int i = 0; i < chunk.count(); i++) {
      int start = chunk.start(i);
      int end = ByteSearch.lineEnd(data, start, chunk.end(i));
      if (parser.scan(data, start, end)) {
        describeStrings(data, start, end);
        long second = parser.fields().time().getEpochSecond();
        byte[] id = ids.bytesOf(data, start, end, second);
        framing.before(parser.fields(), id, json);
        documents.write(parser.fields(), json);
        if (items != null) {
          items.add(json.size(), chunk.object(i), chunk.lineNumber(i), data, start, end,
              ids.lastHigh(), ids.lastLow(), second);
        }
        records++;
      } else {
        readFailuresKept = keepReadFailures(chunk, readFailuresKept, chunk.block(i), failures);
        failures.add(parser.failure(chunk.source(i), chunk.lineNumber(i)));
      }
    }
    keepReadFailures(chunk, readFailuresKept, Integer.MAX_VALUE, failures);
    int length = json.size();
    return new NdjsonChunk(json.buffer(), length, records, failures, buffers, items,
        chunk.settlement());
  }

  /**
   * Adds the read failures (over-long lines) that came before block {@code block} or inside it,
   * so that failures stay in input order; returns how many have been added in all.
   */
  private static int keepReadFailures(LineChunk chunk, int kept, int block,
      List<ParseFailure> failures) {
    int next = kept;
    while (next < chunk.readFailures().size() && chunk.readFailureBlock(next) <= block) {
      failures.add(chunk.readFailures().get(next));
      next++;
    }
    return next;
  }

  /**
   * Checks the line once instead of every value written from it: when its only quotes are the
   * format's delimiters and it has no backslash, control or non-ASCII byte, no value can need
   * escaping. Values appear two to four times in a document, so this saves most of the checks.
   */
  private void describeStrings(byte[] data, int from, int end) {
    if (ByteSearch.quotesInPlainText(data, from, end) == parser.structuralQuotes()) {
      json.plainStrings();
    } else {
      json.asciiStrings(ByteSearch.isAscii(data, from, end));
    }
  }
}
