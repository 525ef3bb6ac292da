package dev.s3logs.source.s3;

import dev.s3logs.source.InputObject;
import dev.s3logs.source.ObjectReader;
import dev.s3logs.source.StopAtLineEnd;
import dev.s3logs.source.s3.S3Position.Encoding;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;

/**
 * An S3 log object read from a {@link S3Position} until its end, or until {@code stop} ends it
 * at a line's end; {@link #rest()} then says where the rest starts. A plain object is continued
 * with a ranged GET; a gzip one is read again from its start and its first {@code offset}
 * uncompressed bytes skipped. A continued part asks for the object's ETag, so that it never
 * mixes two versions of an object.
 */
public final class S3ObjectPart implements InputObject {

  private static final int BUFFER = 64 * 1024;

  private final S3Reads reads;
  private final S3Position start;
  private final BooleanSupplier stop;
  private volatile StopAtLineEnd stream;
  private volatile String eTag;
  private volatile Encoding encoding;
  private volatile boolean notStarted;

  /** @param stop asked as the object is read; once true the part ends at the next line end */
  public S3ObjectPart(S3Reads reads, S3Position start, BooleanSupplier stop) {
    this.reads = reads;
    this.start = start;
    this.stop = stop;
    this.eTag = start.eTag();
    this.encoding = start.encoding();
  }

  public S3Position start() {
    return start;
  }

  @Override
  public String name() {
    return start.name();
  }

  /**
   * Starts the GET, unless it is time to stop already: then the part is empty and its rest is all
   * of it.
   */
  @Override
  public InputStream open() throws IOException {
    if (stop.getAsBoolean()) {
      notStarted = true;
      return InputStream.nullInputStream();
    }
    S3Reads.Body body = reads.get(start.bucket(), start.key(), ranged() ? start.offset() : 0,
        start.eTag());
    eTag = body.eTag();
    try {
      StopAtLineEnd text = new StopAtLineEnd(text(body.stream()), start.offset(), stop);
      stream = text;
      return text;
    } catch (IOException | RuntimeException e) {
      body.stream().close();
      throw e;
    }
  }

  /** Uncompressed bytes read so far. */
  public long bytesRead() {
    StopAtLineEnd text = stream;
    return text == null ? 0 : text.position() - start.offset();
  }

  /**
   * Where the rest of the object starts, once this part has been read: empty when it was read to
   * the end.
   */
  public Optional<S3Position> rest() {
    if (notStarted) {
      return Optional.of(start);
    }
    StopAtLineEnd text = stream;
    if (text == null || !text.cut()) {
      return Optional.empty();
    }
    return Optional.of(new S3Position(start.bucket(), start.key(), eTag, text.position(),
        encoding));
  }

  private boolean ranged() {
    return start.offset() > 0 && start.encoding() == Encoding.PLAIN;
  }

  /** The object's text from the start position on. */
  private InputStream text(InputStream body) throws IOException {
    BufferedInputStream in = new BufferedInputStream(body, BUFFER);
    if (ranged()) {
      return in;
    }
    boolean gzip = ObjectReader.isGzip(in);
    encoding = gzip ? Encoding.GZIP : Encoding.PLAIN;
    InputStream text = gzip ? new GZIPInputStream(in, BUFFER) : in;
    try {
      text.skipNBytes(start.offset());
    } catch (EOFException e) {
      throw new IOException("the object ends before byte " + start.offset() + " (changed since"
          + " its first part was read?)", e);
    }
    return text;
  }

  @Override
  public String toString() {
    return name();
  }
}
