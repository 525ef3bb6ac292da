package dev.s3logs.app;

import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.aws.AwsClients;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the log bucket and the queue are and how to reach them: for {@code s3://} inputs and
 * {@code run}. Credentials come from the AWS default chain, as for the engine.
 */
final class AwsOptions {

  @Option(names = "--s3-endpoint-url", paramLabel = "URL",
      description = "S3 endpoint: a VPC endpoint or an S3-compatible store (default: the SDK's,"
          + " or AWS_ENDPOINT_URL_S3)")
  URI s3Endpoint;

  @Option(names = "--sqs-endpoint-url", paramLabel = "URL",
      description = "SQS endpoint (default: the SDK's, or AWS_ENDPOINT_URL_SQS)")
  URI sqsEndpoint;

  @Option(names = "--s3-region", paramLabel = "REGION",
      description = "Region of the log bucket and the queue (default: AWS_REGION or the profile's)")
  String region;

  @Option(names = "--s3-path-style",
      description = "Path-style addressing (https://host/bucket/key); on by itself for an IP"
          + " address or localhost endpoint")
  boolean pathStyle;

  @Option(names = "--s3-role-arn", paramLabel = "ARN",
      description = "Role to assume for the log bucket and queue (another account's)")
  String roleArn;

  AwsClientSettings settings() {
    return new AwsClientSettings(Optional.ofNullable(s3Endpoint), Optional.ofNullable(sqsEndpoint),
        Optional.ofNullable(region), pathStyle, Optional.ofNullable(roleArn));
  }

  /**
   * The S3 and SQS clients. Credentials are resolved here: missing ones stop the command before
   * any work. They live as long as the process: a command runs once and exits.
   */
  AwsClients clients() {
    AwsClientSettings settings = settings();
    String resolved = settings.resolveRegion();
    return new AwsClients(settings, resolved, AwsClients.credentials(settings, resolved),
        System.getenv());
  }
}
