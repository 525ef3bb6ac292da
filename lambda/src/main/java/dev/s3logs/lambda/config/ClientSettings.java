package dev.s3logs.lambda.config;

import dev.s3logs.aws.AwsClientSettings;

/**
 * How to reach the log bucket and the queue: as for {@code run}, with the function's own region
 * (AWS_REGION, which Lambda sets) unless S3LOGS_S3_REGION says otherwise.
 */
final class ClientSettings {

  private ClientSettings() {
  }

  static AwsClientSettings read(SettingValues values) {
    return new AwsClientSettings(values.url("s3-endpoint-url"), values.url("sqs-endpoint-url"),
        values.text("s3-region"), values.flag("s3-path-style"), values.text("s3-role-arn"));
  }
}
