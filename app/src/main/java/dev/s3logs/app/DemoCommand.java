package dev.s3logs.app;

import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import dev.s3logs.store.duckdb.DuckDbLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3logs demo}: a week of a made-up site's traffic, stored and served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generates a week of a static website's access logs up to yesterday, ingests"
        + " them into a fresh DuckDB store and serves its dashboard (Ctrl-C stops it).")
final class DemoCommand implements Callable<Integer> {

  private static final int DAYS = 7;

  private final Streams streams;
  private final Map<String, String> env;

  @Option(names = "--store", paramLabel = "PATH",
      description = "The store to make (must not exist); default: a temporary file")
  Path store;

  @Option(names = "--lines", defaultValue = "100000",
      description = "Lines to generate (default: ${DEFAULT-VALUE})")
  long lines;

  @Mixin
  ServeOptions options;

  DemoCommand(Streams streams, Map<String, String> env) {
    this.streams = streams;
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Path database = store != null ? fresh(store) : temporary();
    Path logs = Files.createTempFile("s3logs-demo", ".log");
    try {
      generate(logs);
      int ingested = Main.run(streams, "ingest", "--to", "duckdb:" + database, logs.toString());
      if (ingested != ExitCodes.OK) {
        return ingested;
      }
    } finally {
      Files.deleteIfExists(logs);
    }
    return Serving.serve(() -> ServedStore.duckDb(new DuckDbLocation(database)), options, env,
        streams.err(), "s3logs demo");
  }

  private void generate(Path logs) throws IOException {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(DAYS);
    try (OutputStream out = Files.newOutputStream(logs)) {
      new SyntheticLogGenerator(new GeneratorOptions(42, lines, first, DAYS)).writeTo(out);
    }
  }

  private static Path fresh(Path path) {
    if (Files.exists(path)) {
      throw new IllegalArgumentException("--store " + path + " exists; demo makes a new store:"
          + " name another file, or serve this one with s3logs serve --from duckdb:" + path);
    }
    return path.toAbsolutePath();
  }

  private static Path temporary() {
    try {
      Path directory = Files.createTempDirectory("s3logs-demo");
      directory.toFile().deleteOnExit();
      Path file = directory.resolve("demo.duckdb");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary store: " + e.getMessage(), e);
    }
  }
}
