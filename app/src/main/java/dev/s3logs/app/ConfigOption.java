package dev.s3logs.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the YAML file of settings, mixed into every command with options. */
final class ConfigOption {

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML file of settings named like the options without dashes, e.g. "
          + "'bulk-size: 5mb'; flags and S3LOGS_* variables win over it (default: S3LOGS_CONFIG)")
  Path file;
}
