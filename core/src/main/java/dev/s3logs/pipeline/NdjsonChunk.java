package dev.s3logs.pipeline;

import dev.s3logs.record.ParseFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A chunk turned into NDJSON documents, with its failures and counts. The documents are the first
 * {@code length} bytes of {@code buffer}, which belongs to {@code pool}: call {@link #release}
 * once they are written.
 */
public record NdjsonChunk(byte[] buffer, int length, int records, List<ParseFailure> failures,
    BufferPool pool) {

  public void writeTo(OutputStream out) throws IOException {
    out.write(buffer, 0, length);
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
