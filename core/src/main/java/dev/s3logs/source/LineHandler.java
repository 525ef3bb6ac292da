package dev.s3logs.source;

/** Receives the lines of one object, without copying them out of the reader's buffer. */
public interface LineHandler {

  /** A line in {@code buffer[from, to)}, without its '\n'. The buffer is reused after return. */
  void line(byte[] buffer, int from, int to, long lineNumber);

  /** A line longer than the reader's limit: its first bytes, and its full length. */
  void tooLong(byte[] buffer, int from, int to, long lineNumber, long length);
}
