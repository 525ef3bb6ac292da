package dev.s3logs.source;

/** Receives the lines of one object in blocks, without copying them out of the reader's buffer. */
public interface LineHandler {

  /**
   * Whole lines in {@code buffer[from, to)}: each ends with '\n', except that the object's last
   * line may have none. {@code firstLineNumber} is the number of the first of them. The buffer is
   * reused after return.
   */
  void lines(byte[] buffer, int from, int to, long firstLineNumber);

  /** A line longer than the reader's limit: its first bytes, and its full length. */
  void tooLong(byte[] buffer, int from, int to, long lineNumber, long length);
}
