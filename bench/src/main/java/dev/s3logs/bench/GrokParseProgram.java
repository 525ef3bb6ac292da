package dev.s3logs.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.krakens.grok.api.Grok;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole-process baseline for {@code s3logs parse FILE}: what a grok-based pipeline does with
 * the same file. Each line is grokked with Logstash's S3_ACCESS_LOG, the {@code :int} fields are
 * numbers, and one nested JSON object per line goes to standard output. Lines that do not match
 * are only counted, on standard error. The timestamp stays the HTTP-date string (Logstash would
 * need a separate date filter), so this does less work than s3logs, not more.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.s3logs.bench.GrokParseProgram FILE}
 */
public final class GrokParseProgram {

  private static final int BUFFER = 1 << 16;

  private GrokParseProgram() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GrokParseProgram FILE   (plain-text S3 access log)");
      System.exit(2);
    }
    long started = System.nanoTime();
    S3AccessLogGrok pattern = S3AccessLogGrok.load();
    // Same output path as s3logs: a 64 KiB buffer straight on file descriptor 1, no PrintStream.
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER);
    long[] counts = run(Path.of(args[0]), pattern, out);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.err.printf("grok: %d lines, %d matched S3_ACCESS_LOG, %d did not, %.2f s%n",
        counts[0], counts[0] - counts[1], counts[1], seconds);
  }

  /** Returns {lines, unmatched}. */
  private static long[] run(Path file, S3AccessLogGrok pattern, OutputStream out) throws IOException {
    Grok grok = pattern.grok();
    GrokDocumentWriter documents = new GrokDocumentWriter(pattern.fields());
    long lines = 0;
    long unmatched = 0;
    // An InputStreamReader replaces bad UTF-8 instead of throwing, as a log shipper must.
    try (BufferedReader in = new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), BUFFER);
        JsonGenerator json = newGenerator(out)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        Map<String, Object> captures = grok.match(line).capture();
        if (captures.isEmpty()) {
          unmatched++;
          continue;
        }
        documents.write(captures, json);
        json.writeRaw('\n');
      }
    }
    return new long[] {lines, unmatched};
  }

  private static JsonGenerator newGenerator(OutputStream out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.setRootValueSeparator(null);
    return json;
  }
}
