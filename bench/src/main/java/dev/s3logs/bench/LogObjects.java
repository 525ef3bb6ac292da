package dev.s3logs.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first lines of the generated log cut into objects of (nearly) equal line counts, as files
 * of one directory named like S3's log objects, so that name order is line order.
 */
final class LogObjects {

  private LogObjects() {
  }

  /** Writes {@code objects} files holding the log's first {@code lines} lines. */
  static List<Path> split(Path log, long lines, int objects, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>(objects);
    // Latin-1 both ways: every byte passes through unchanged, valid UTF-8 or not
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
      for (int i = 0; i < objects; i++) {
        long count = lines / objects + (i < lines % objects ? 1 : 0);
        Path file = directory.resolve(String.format(Locale.ROOT,
            "2024-03-01-00-00-00-%08X", i));
        copyLines(in, file, count);
        files.add(file);
      }
    }
    return files;
  }

  private static void copyLines(BufferedReader in, Path file, long count) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
      for (long n = 0; n < count; n++) {
        String line = in.readLine();
        if (line == null) {
          throw new IllegalStateException("the generated log is shorter than the benchmark needs");
        }
        out.write(line);
        out.write('\n');
      }
    }
  }
}
