package dev.s3logs.aws;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * How to reach the log bucket and the notification queue, shared by the S3 and SQS clients.
 *
 * <p>An endpoint given here overrides the SDK's; with none, the SDK finds its own in
 * {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL_SQS}, then {@code AWS_ENDPOINT_URL}, then
 * the profile's {@code endpoint_url}, which is why these are optional rather than defaulted.
 *
 * @param s3Endpoint {@code --s3-endpoint-url}: a VPC endpoint or an S3-compatible store
 * @param sqsEndpoint {@code --sqs-endpoint-url}
 * @param region {@code --s3-region}; without it the SDK's default region chain
 * @param pathStyle {@code --s3-path-style}: {@code https://host/bucket/key} addressing instead of
 *     {@code https://bucket.host/key}; also used without the flag for IP and localhost endpoints
 * @param roleArn {@code --s3-role-arn}: a role to assume, to read a log bucket of another account
 */
public record AwsClientSettings(Optional<URI> s3Endpoint, Optional<URI> sqsEndpoint,
    Optional<String> region, boolean pathStyle, Optional<String> roleArn) {

  private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

  public AwsClientSettings {
    s3Endpoint.ifPresent(uri -> checkEndpoint(uri, "--s3-endpoint-url"));
    sqsEndpoint.ifPresent(uri -> checkEndpoint(uri, "--sqs-endpoint-url"));
    region = region.map(String::strip).filter(r -> !r.isEmpty());
    roleArn = roleArn.map(String::strip).filter(r -> !r.isEmpty());
  }

  /** The SDK's defaults for everything: its endpoint, region chain and credential chain. */
  public static AwsClientSettings defaults() {
    return new AwsClientSettings(Optional.empty(), Optional.empty(), Optional.empty(), false,
        Optional.empty());
  }

  /**
   * The region to use: the one given, else the SDK's default chain ({@code AWS_REGION}, the
   * profile's region, the instance's region).
   *
   * @throws AwsSettingsException naming {@code --s3-region} and {@code AWS_REGION} when neither
   *     gives one
   */
  public String resolveRegion() {
    return resolveRegion(AwsClientSettings::defaultRegion);
  }

  String resolveRegion(Supplier<Optional<String>> defaultChain) {
    return region.or(defaultChain).orElseThrow(() -> new AwsSettingsException(
        "no AWS region for S3: pass --s3-region or set AWS_REGION"));
  }

  /**
   * Whether to address buckets by path on an endpoint: when asked to, or when the endpoint's
   * host is an IP address or {@code localhost}, which cannot have bucket subdomains.
   *
   * @param endpoint the endpoint the client will use: the flag's, else the one the SDK reads from
   *     the environment, if any
   */
  public boolean pathStyleFor(Optional<URI> endpoint) {
    return pathStyle || endpoint.map(AwsClientSettings::hasBarehost).orElse(false);
  }

  private static boolean hasBarehost(URI endpoint) {
    String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost") || host.startsWith("[") || IPV4.matcher(host).matches();
  }

  private static void checkEndpoint(URI uri, String flag) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new AwsSettingsException(flag + " must be an http(s) URL with a host, such as"
          + " https://s3.eu-west-1.amazonaws.com, not '" + uri + "'");
    }
  }

  private static Optional<String> defaultRegion() {
    try {
      return Optional.of(new DefaultAwsRegionProviderChain().getRegion().id());
    } catch (SdkClientException e) {
      return Optional.empty();
    }
  }
}
