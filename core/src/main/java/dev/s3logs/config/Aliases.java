package dev.s3logs.config;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The variables of the Docker-based setup that users migrate from, which named daily indices
 * {@code <ES_PREFIX>-2015-12-08}. They rank below the {@code S3LOGS_} variables.
 */
final class Aliases {

  /** A variable that stands for an option, and how its value becomes the option's. */
  record Alias(String variable, UnaryOperator<String> toValue) {
  }

  static final String REGION = "AWS_REGION";

  private static final Map<String, List<Alias>> BY_OPTION = Map.of(
      "to", List.of(new Alias("ES_ENDPOINT", UnaryOperator.identity())),
      "index", List.of(new Alias("ES_PREFIX", prefix -> prefix + "-{yyyy-MM-dd}")),
      "queue", List.of(new Alias("SQS_QUEUE_NAME", UnaryOperator.identity())));

  private Aliases() {
  }

  /**
   * The aliases of an option, most preferred first. AWS_REGION stands for every
   * {@code *-region} option but {@code aws-region}: that one's own default is the region in the
   * engine's host name and only then AWS_REGION, and a Lambda always has AWS_REGION set to its
   * own region, which need not be the domain's.
   */
  static List<Alias> of(String option) {
    if (option.endsWith("-region") && !option.equals("aws-region")) {
      return List.of(new Alias(REGION, UnaryOperator.identity()));
    }
    return BY_OPTION.getOrDefault(option, List.of());
  }
}
