package dev.s3logs.bench;

import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines every benchmark works on: always exactly {@link #LINES}, so that
 * {@code @OperationsPerInvocation} can be a constant and ops/s reads as lines/s.
 *
 * <p>By default they come from the synthetic generator with a fixed seed (every format era, with
 * the generator's share of odd lines). {@code -Ds3logs.bench.corpus=FILE} benchmarks a real log
 * instead; its lines are repeated or cut to reach {@link #LINES}.
 */
final class BenchmarkCorpus {

  static final int LINES = 10_000;
  static final long SEED = 7;
  static final String FILE_PROPERTY = "s3logs.bench.corpus";

  private BenchmarkCorpus() {
  }

  static List<String> load() {
    String file = System.getProperty(FILE_PROPERTY);
    List<String> source = file == null ? generated() : read(Path.of(file));
    if (source.isEmpty()) {
      throw new IllegalStateException("no lines to benchmark in " + (file == null ? "generator" : file));
    }
    List<String> lines = new ArrayList<>(LINES);
    for (int i = 0; i < LINES; i++) {
      lines.add(source.get(i % source.size()));
    }
    return lines;
  }

  /** Where the lines came from, for the printed match counts. */
  static String describe() {
    String file = System.getProperty(FILE_PROPERTY);
    return file == null ? "generated, seed " + SEED : file;
  }

  private static List<String> generated() {
    GeneratorOptions options = new GeneratorOptions(SEED, LINES, LocalDate.of(2026, 11, 1), 3);
    SyntheticLogGenerator generator = new SyntheticLogGenerator(options);
    List<String> lines = new ArrayList<>(LINES);
    for (String line = generator.nextLine(); line != null; line = generator.nextLine()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
