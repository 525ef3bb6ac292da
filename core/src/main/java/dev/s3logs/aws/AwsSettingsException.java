package dev.s3logs.aws;

/**
 * The AWS client settings cannot work: no region, or an endpoint URL that is not one. The message
 * is one line naming the flag or environment variable to set.
 */
public final class AwsSettingsException extends RuntimeException {

  public AwsSettingsException(String message) {
    super(message);
  }
}
