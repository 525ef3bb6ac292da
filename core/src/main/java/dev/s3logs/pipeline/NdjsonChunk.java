package dev.s3logs.pipeline;

import dev.s3logs.record.ParseFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A chunk turned into NDJSON documents, with its failures and counts. The documents are the first
 * {@code length} bytes of {@code buffer}, which belongs to {@code pool}: call {@link #release}
 * once they are written. {@code items} says where each document ends and which line it came
 * from, when the worker was asked to keep that (else null). The sink releases
 * {@code settlement} once every document and failure of the chunk is stored or kept, which
 * acknowledges the objects whose last lines these were.
 */
public record NdjsonChunk(byte[] buffer, int length, int records, List<ParseFailure> failures,
    BufferPool pool, ChunkItems items, ChunkSettlement settlement) {

  private static final int SLICE = 1 << 16;

  /**
   * Writes the documents in slices: FileOutputStream copies a large write through a native buffer
   * it mallocs and frees each time (fresh pages for a megabyte-sized one), a small slice reuses
   * the allocator's memory.
   */
  public void writeTo(OutputStream out) throws IOException {
    for (int from = 0; from < length; from += SLICE) {
      out.write(buffer, from, Math.min(SLICE, length - from));
    }
  }

  /** A copy of the documents, for callers that keep them. */
  public byte[] documents() {
    return Arrays.copyOf(buffer, length);
  }

  /** Gives the buffer back for reuse; the documents must not be read afterwards. */
  public void release() {
    pool.give(buffer);
  }
}
