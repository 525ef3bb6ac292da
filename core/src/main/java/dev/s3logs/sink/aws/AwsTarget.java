package dev.s3logs.sink.aws;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * What a SigV4 signature is scoped to: the service signing name and the region.
 *
 * @param service {@value #OPENSEARCH_SERVICE} for Amazon OpenSearch Service domains (either
 *     engine), {@value #SERVERLESS} for OpenSearch Serverless collections, {@value #S3} for
 *     reads of log objects
 * @param region e.g. {@code eu-west-1}
 */
public record AwsTarget(String service, String region) {

  public static final String OPENSEARCH_SERVICE = "es";
  public static final String SERVERLESS = "aoss";
  public static final String S3 = "s3";

  private static final String REGION = "([a-z]{2}(?:-[a-z]+)+-\\d+)";
  // search-<domain>-<id>.<region>.es.amazonaws.com, vpc-..., <collection>.<region>.aoss...
  private static final Pattern SERVICE_HOST =
      Pattern.compile("^.+\\." + REGION + "\\.(?:es|aoss)\\.amazonaws\\.com(?:\\.cn)?$");
  // Dual-stack domain endpoints: search-<domain>-<id>.aos.<region>.on.aws
  private static final Pattern DUAL_STACK_HOST =
      Pattern.compile("^.+\\.aos\\." + REGION + "\\.on\\.aws$");
  private static final Pattern SERVERLESS_HOST =
      Pattern.compile("^.+\\.aoss\\.amazonaws\\.com(?:\\.cn)?$");

  public AwsTarget {
    if (!OPENSEARCH_SERVICE.equals(service) && !SERVERLESS.equals(service)
        && !S3.equals(service)) {
      throw unknownEngineService(service);
    }
    if (region == null || region.isBlank()) {
      throw new AwsAuthException("no AWS region to sign for: pass --aws-region");
    }
  }

  /**
   * Service and region of an endpoint: the overrides when given (null or blank means none), else
   * what its host name tells, else for the region the SDK's default chain ({@code AWS_REGION},
   * the profile's region, the instance's region).
   */
  public static AwsTarget infer(URI endpoint, String serviceOverride, String regionOverride) {
    return infer(endpoint, serviceOverride, regionOverride, AwsTarget::defaultRegion);
  }

  static AwsTarget infer(URI endpoint, String serviceOverride, String regionOverride,
      Supplier<Optional<String>> fallbackRegion) {
    String host = host(endpoint);
    String service = serviceOf(endpoint, serviceOverride);
    if (S3.equals(service)) {
      throw unknownEngineService(service);
    }
    String region = given(regionOverride)
        .or(() -> regionOf(host))
        .or(fallbackRegion)
        .orElseThrow(() -> new AwsAuthException("cannot tell the AWS region of " + endpoint
            + " from its host name and none is configured: pass --aws-region"));
    return new AwsTarget(service, region);
  }

  /**
   * The service an endpoint is signed for, without needing a region: the override, else
   * {@value #SERVERLESS} for Serverless collection hosts, else {@value #OPENSEARCH_SERVICE}.
   */
  public static String serviceOf(URI endpoint, String serviceOverride) {
    return given(serviceOverride)
        .map(s -> s.toLowerCase(Locale.ROOT))
        .orElse(SERVERLESS_HOST.matcher(host(endpoint)).matches() ? SERVERLESS
            : OPENSEARCH_SERVICE);
  }

  private static AwsAuthException unknownEngineService(String service) {
    return new AwsAuthException("unknown AWS service '" + service + "' to sign for: use "
        + OPENSEARCH_SERVICE + " (OpenSearch Service) or " + SERVERLESS
        + " (OpenSearch Serverless)");
  }

  private static String host(URI endpoint) {
    return endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> regionOf(String host) {
    for (Pattern pattern : new Pattern[] {SERVICE_HOST, DUAL_STACK_HOST}) {
      Matcher matcher = pattern.matcher(host);
      if (matcher.matches()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> defaultRegion() {
    try {
      return Optional.of(new DefaultAwsRegionProviderChain().getRegion().id());
    } catch (SdkClientException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
