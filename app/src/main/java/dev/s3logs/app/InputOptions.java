package dev.s3logs.app;

import dev.s3logs.assembly.InputSources;
import dev.s3logs.aws.AwsClients;
import dev.s3logs.source.ListSource;
import dev.s3logs.source.s3.LogDateRange;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to read: paths, {@code -} and {@code s3://} listings, for parse and ingest. */
final class InputOptions {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, directories, s3://bucket/prefix or - (default: -)")
  List<String> paths = List.of("-");

  @Option(names = "--since", paramLabel = "DATE",
      description = "s3:// inputs: only log objects of this UTC day (YYYY-MM-DD) or later, by"
          + " the date in their names; the listing starts there")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "s3:// inputs: only log objects of this UTC day or earlier")
  LocalDate until;

  @Mixin
  AwsOptions aws;

  /** The inputs as a source; local paths are checked now, S3 is listed as it is read. */
  ListSource source(java.io.InputStream stdin, PrintStream err, String command) {
    LogDateRange range = new LogDateRange(Optional.ofNullable(since), Optional.ofNullable(until));
    Supplier<AwsClients> clients = InputSources.once(aws::clients);
    return new ListSource(InputSources.expand(paths, stdin,
        InputSources.once(() -> clients.get().s3()),
        InputSources.once(() -> clients.get().s3Reads()), range,
        warning -> err.println("s3logs " + command + ": warning: " + warning)));
  }
}
