package dev.s3logs.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Copies a client's HTTP/1.1 requests to the server unchanged, following their framing
 * (Content-Length or chunked bodies) to find where each request starts, and reports each
 * request line as "METHOD /path?query".
 */
final class RequestCopier {

  private final InputStream in;
  private final OutputStream out;
  private final Consumer<String> requestLines;

  RequestCopier(InputStream in, OutputStream out, Consumer<String> requestLines) {
    this.in = new BufferedInputStream(in);
    this.out = new BufferedOutputStream(out);
    this.requestLines = requestLines;
  }

  /** Until the client closes the connection. */
  void copyAll() throws IOException {
    String requestLine;
    while ((requestLine = copyLine()) != null) {
      if (requestLine.isEmpty()) {
        continue; // tolerated between requests (RFC 9112, 2.2)
      }
      String[] parts = requestLine.split(" ");
      requestLines.accept(parts[0] + " " + (parts.length > 1 ? parts[1] : ""));
      copyHeadersAndBody();
    }
    out.flush();
  }

  private void copyHeadersAndBody() throws IOException {
    long contentLength = 0;
    boolean chunked = false;
    String header;
    while (!(header = requiredLine()).isEmpty()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        contentLength = Long.parseLong(lower.substring("content-length:".length()).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    out.flush(); // the client may wait for "100 Continue" before it sends the body
    if (chunked) {
      copyChunks();
    } else {
      copyBytes(contentLength);
    }
    out.flush();
  }

  private void copyChunks() throws IOException {
    long size;
    do {
      String sizeLine = requiredLine();
      size = Long.parseLong(sizeLine.split(";", 2)[0].trim(), 16);
      copyBytes(size);
      if (size > 0) {
        requiredLine(); // the CRLF after the chunk's data
      }
    } while (size > 0);
    while (!requiredLine().isEmpty()) {
      // trailer fields, up to the empty line that ends the request
    }
  }

  private void copyBytes(long count) throws IOException {
    byte[] buffer = new byte[8192];
    for (long left = count; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("client hung up inside a request body");
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  private String requiredLine() throws IOException {
    String line = copyLine();
    if (line == null) {
      throw new EOFException("client hung up inside a request");
    }
    return line;
  }

  /** Copies one CRLF-ended line and returns it without its line end; null at end of stream. */
  private String copyLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      out.write(b);
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return null;
  }
}
