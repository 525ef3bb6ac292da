package dev.s3logs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's work directory (generated log, objects, S3Proxy's store, outputs of the
 * commands) and the repository root the commands run from. Deleted at the end, also on Ctrl-C,
 * unless asked to keep it.
 */
final class BenchWork implements AutoCloseable {

  private static final int SEED = 7;

  private final Path root;
  private final Path path;
  private final boolean keep;
  private boolean closed;

  private BenchWork(Path root, Path path, boolean keep) {
    this.root = root;
    this.path = path;
    this.keep = keep;
  }

  static BenchWork open(Path requested, boolean keep) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    if (!Files.isExecutable(root.resolve("s3logs"))) {
      throw new IllegalStateException("run from the repository root (no ./s3logs in " + root + ")");
    }
    Path path = requested != null ? Files.createDirectories(requested)
        : Files.createTempDirectory("s3logs-s3-bench-");
    BenchWork work = new BenchWork(root, path.toAbsolutePath(), keep);
    Runtime.getRuntime().addShutdownHook(new Thread(work::close, "s3-benchmark-clean-up"));
    return work;
  }

  Path root() {
    return root;
  }

  Path path() {
    return path;
  }

  /** Generates the lines with the project's generator (seed 7); also builds the app jar. */
  Path generate(long lines) throws IOException, InterruptedException {
    Path log = path.resolve("access.log");
    long began = System.nanoTime();
    command("generate", List.of("./s3logs", "generate", "--lines", Long.toString(lines),
        "--seed", Integer.toString(SEED), "-o", log.toString()));
    System.out.printf("== Generated %,d lines (%,d MB) in %.1f s%n", lines,
        Files.size(log) >> 20, (System.nanoTime() - began) / 1e9);
    return log;
  }

  void command(String label, List<String> command) throws IOException, InterruptedException {
    ChildCommand.runChecked(root, path, label, command);
  }

  // synchronized: on Ctrl-C the hook waits for the main thread's call instead of racing it
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (keep) {
      System.out.println("work files kept in " + path);
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + path + ": " + e);
    }
  }
}
