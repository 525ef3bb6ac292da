package dev.s3logs.app;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.record.ParseFailure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The end-of-run summary on standard error, with the first few failures as examples. */
final class FailureSummary {

  private static final int EXAMPLES = 5;
  private static final int EXCERPT = 120;
  private final List<ParseFailure> examples = new ArrayList<>();

  void add(ParseFailure failure) {
    if (examples.size() < EXAMPLES) {
      examples.add(failure);
    }
  }

  void print(ParseStats stats, Path failuresFile, PrintStream err) {
    err.printf("s3logs parse: %d lines from %d %s: %d documents, %d failed%n", stats.lines(),
        stats.objects(), stats.objects() == 1 ? "input" : "inputs", stats.records(), stats.failures());
    for (ParseFailure f : examples) {
      err.printf("  %s:%d: %s%n    %s%n", f.source(), f.lineNumber(), f.reason(), excerpt(f.rawLine()));
    }
    if (stats.failures() > examples.size()) {
      err.printf("  ... and %d more%n", stats.failures() - examples.size());
    }
    if (stats.failures() > 0) {
      err.println(failuresFile == null
          ? "  keep every failed line with --failures FILE"
          : "  every failed line is in " + failuresFile);
    }
  }

  /** The start of the line, with control characters shown as '?' so a terminal stays sane. */
  private static String excerpt(String raw) {
    String start = raw.length() <= EXCERPT ? raw : raw.substring(0, EXCERPT) + "...";
    StringBuilder shown = new StringBuilder(start.length());
    start.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return shown.toString();
  }
}
