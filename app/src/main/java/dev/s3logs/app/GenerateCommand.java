package dev.s3logs.app;

import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code s3logs generate}: realistic synthetic access logs for demos and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes synthetic S3 access logs of a static website (pages, assets, bots,"
        + " errors, several log-format eras, several days). The same seed gives the same bytes.")
final class GenerateCommand implements Callable<Integer> {

  private final Streams streams;

  @Option(names = "--lines", defaultValue = "100000", description = "Number of lines (default: ${DEFAULT-VALUE})")
  long lines;

  @Option(names = "--days", defaultValue = "3", description = "Number of days covered (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--start", defaultValue = "2026-11-01", paramLabel = "YYYY-MM-DD",
      description = "First day, UTC (default: ${DEFAULT-VALUE})")
  LocalDate start;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output; a name ending in .gz is gzipped")
  Path output;

  GenerateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    SyntheticLogGenerator generator = new SyntheticLogGenerator(new GeneratorOptions(seed, lines, start, days));
    if (output == null) {
      generator.writeTo(streams.out());
      return ExitCodes.OK;
    }
    try (OutputStream file = open(output)) {
      generator.writeTo(file);
    }
    return ExitCodes.OK;
  }

  private static OutputStream open(Path path) throws IOException {
    OutputStream file = OutputFile.create(path, "logs");
    return path.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
  }
}
