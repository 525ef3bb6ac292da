package dev.s3logs.lambda.config;

import dev.s3logs.config.ConfigLookup;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings the handlers read, named like the options of {@code s3logs run}: each is its
 * {@code S3LOGS_} variable (or a key of the S3LOGS_CONFIG file).
 */
final class Options {

  /** What the handlers read. */
  static final Set<String> READ = Set.of("to", "engine", "auth", "user", "password-env",
      "api-key-env", "aws-region", "aws-service", "aws-role-arn", "ca-cert", "insecure", "gzip",
      "index", "data-stream", "ids", "skip-setup", "dead-letter", "bulk-size", "concurrency",
      "max-attempts", "s3-endpoint-url", "sqs-endpoint-url", "s3-region", "s3-path-style",
      "s3-role-arn", "key-prefix", "key-regex", "threads", "time-margin");

  /**
   * Settings of {@code run} that mean nothing in Lambda (the event source mapping polls the
   * queue): a config file shared with run may hold them.
   */
  static final Set<String> IGNORED = Set.of("queue", "workers", "exit-when-idle",
      "shutdown-timeout", "metrics-port", "metrics-host", "log-format", "log-level");

  /** Variables read by others than the settings: the logging, and the secrets' defaults. */
  private static final List<String> OTHER_VARIABLES = List.of(ConfigLookup.CONFIG_VARIABLE,
      "S3LOGS_LOG_LEVEL", "S3LOGS_DEBUG", "S3LOGS_PASSWORD", "S3LOGS_API_KEY");

  private Options() {
  }

  /** Keys a config file may hold. */
  static Set<String> known() {
    Set<String> known = new HashSet<>(READ);
    known.addAll(IGNORED);
    return known;
  }

  /** The S3LOGS_ variables set that nothing reads, such as a misspelt S3LOGS_INDX. */
  static Set<String> unknownVariables(Map<String, String> env) {
    Set<String> expected = new HashSet<>(OTHER_VARIABLES);
    known().forEach(option -> expected.add(ConfigLookup.variableFor(option)));
    Set<String> unknown = new TreeSet<>();
    env.keySet().stream().filter(name -> name.startsWith("S3LOGS_"))
        .filter(name -> !expected.contains(name)).forEach(unknown::add);
    return unknown;
  }
}
