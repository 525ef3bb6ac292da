package dev.s3logs.bench;

import dev.s3logs.pipeline.BufferPool;
import dev.s3logs.pipeline.ChunkItems;
import dev.s3logs.pipeline.ChunkToNdjson;
import dev.s3logs.pipeline.LineChunk;
import dev.s3logs.pipeline.ObjectProgress;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.sink.search.BulkAction;
import dev.s3logs.sink.search.IndexNaming;
import dev.s3logs.source.Acknowledgement;
import dev.s3logs.source.LineHandler;
import dev.s3logs.source.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The curl baseline's input: a log file's documents as {@code _bulk} request bodies, byte for
 * byte what {@code s3logs ingest} sends (the same parser, action lines, ids and documents), cut
 * the way its bulk indexer cuts them: a request takes items while they fit in {@code maxBytes},
 * and always at least one. Built on one thread, outside any timing.
 */
final class BulkFiles {

  /** What was written: the files in sending order, the documents in them, the unparsable lines. */
  record Result(List<Path> files, long documents, long unparsed, long bytes) {}

  private final Path directory;
  private final int maxBytes;
  private final List<Path> files = new ArrayList<>();
  private byte[] body;
  private int size;
  private int items;
  private long documents;
  private long unparsed;
  private long bytes;

  private BulkFiles(Path directory, int maxBytes) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.body = new byte[maxBytes + (maxBytes >> 3)];
  }

  /** Writes {@code log}'s documents for indices named by {@code indexPattern} into {@code directory}. */
  static Result write(Path log, Path directory, String indexPattern, int maxBytes)
      throws IOException {
    Files.createDirectories(directory);
    BulkFiles writer = new BulkFiles(directory, maxBytes);
    Chunker chunker = new Chunker(log.toString(), writer, new ChunkToNdjson(new BufferPool(1),
        new BulkAction(new IndexNaming(indexPattern), false, true), true));
    try (InputStream in = Files.newInputStream(log)) {
      new LineReader(in).forEach(chunker);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    chunker.finish();
    writer.flush();
    return new Result(List.copyOf(writer.files), writer.documents, writer.unparsed, writer.bytes);
  }

  /** Collects the reader's blocks of lines into chunks, as s3logs's pipeline does. */
  private static final class Chunker implements LineHandler {

    private final String source;
    private final BulkFiles writer;
    private final ChunkToNdjson toNdjson;
    private final ObjectProgress object;
    private LineChunk chunk = new LineChunk();

    Chunker(String source, BulkFiles writer, ChunkToNdjson toNdjson) {
      this.source = source;
      this.object = new ObjectProgress(source, Acknowledgement.NONE);
      this.writer = writer;
      this.toNdjson = toNdjson;
    }

    @Override
    public void lines(byte[] buffer, int from, int to, long firstLineNumber) {
      if (!chunk.add(object, buffer, from, to, firstLineNumber)) {
        writer.add(toNdjson.apply(chunk));
        chunk = new LineChunk();
        chunk.add(object, buffer, from, to, firstLineNumber);
      }
    }

    @Override
    public void tooLong(byte[] buffer, int from, int to, long lineNumber, long length) {
      throw new IllegalStateException(source + ":" + lineNumber + " is " + length
          + " bytes long, over the line limit: not a generated log?");
    }

    void finish() {
      writer.add(toNdjson.apply(chunk));
    }
  }

  private void add(NdjsonChunk chunk) {
    ChunkItems chunkItems = chunk.items();
    for (int i = 0; i < chunkItems.count(); i++) {
      int length = chunkItems.end(i) - chunkItems.start(i);
      if (items > 0 && size + length > maxBytes) {
        flush();
      }
      if (size + length > body.length) {
        body = Arrays.copyOf(body, size + length);
      }
      System.arraycopy(chunk.buffer(), chunkItems.start(i), body, size, length);
      size += length;
      items++;
    }
    documents += chunk.records();
    unparsed += chunk.failures().size();
    chunk.release();
  }

  private void flush() {
    if (items == 0) {
      return;
    }
    Path file = directory.resolve(String.format("%06d.ndjson", files.size() + 1));
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(body, 0, size);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    files.add(file);
    bytes += size;
    size = 0;
    items = 0;
  }
}
