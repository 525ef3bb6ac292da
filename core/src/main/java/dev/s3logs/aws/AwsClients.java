package dev.s3logs.aws;

import dev.s3logs.sink.aws.AwsCredentialChain;
import dev.s3logs.sink.aws.AwsTarget;
import dev.s3logs.source.s3.S3Address;
import dev.s3logs.source.s3.S3Reads;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds the S3 and SQS clients from the settings, one region and one credentials provider, on
 * the JDK's URLConnection HTTP client; and the reads of log objects ({@link S3Reads}). Each
 * client owns its HTTP client: close the clients, then the credentials.
 */
public final class AwsClients {

  private final AwsClientSettings settings;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final Map<String, String> environment;

  /**
   * @param environment the process environment ({@code System.getenv()}), read only to tell
   *     whether an endpoint the SDK takes from {@code AWS_ENDPOINT_URL_S3} needs path-style
   */
  public AwsClients(AwsClientSettings settings, String region, AwsCredentialsProvider credentials,
      Map<String, String> environment) {
    this.settings = settings;
    this.region = Region.of(region);
    this.credentials = credentials;
    this.environment = Map.copyOf(environment);
  }

  /**
   * The SDK's default credential chain, or the role of {@code --s3-role-arn} assumed with it
   * through STS in {@code region}. Resolved at once: missing or refused credentials stop the run
   * before any listing.
   */
  public static AwsCredentialChain credentials(AwsClientSettings settings, String region) {
    // The chain only takes the region of its target, for STS; the signing service is not used.
    AwsTarget stsRegion = new AwsTarget(AwsTarget.OPENSEARCH_SERVICE, region);
    return AwsCredentialChain.open(stsRegion, settings.roleArn());
  }

  /** The SDK's client, for listings; objects are read with {@link #s3Reads()}. */
  public S3Client s3() {
    S3ClientBuilder builder = S3Client.builder()
        .region(region)
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .forcePathStyle(settings.pathStyleFor(s3Endpoint()));
    // Only a flag overrides: otherwise the SDK reads AWS_ENDPOINT_URL_S3 and the rest itself.
    settings.s3Endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /**
   * Reads of log objects, with the same region, endpoint, addressing and credentials as
   * {@link #s3()}; FIPS and dual-stack endpoints when AWS_USE_FIPS_ENDPOINT or
   * AWS_USE_DUALSTACK_ENDPOINT says so, as the SDK reads them from the environment.
   */
  public S3Reads s3Reads() {
    Optional<URI> endpoint = s3Endpoint();
    return new S3Reads(new S3Address(region.id(), endpoint, settings.pathStyleFor(endpoint),
        isTrue("AWS_USE_FIPS_ENDPOINT"), isTrue("AWS_USE_DUALSTACK_ENDPOINT")), credentials);
  }

  private boolean isTrue(String variable) {
    return "true".equalsIgnoreCase(environment.getOrDefault(variable, "").strip());
  }

  public SqsClient sqs() {
    SqsClientBuilder builder = SqsClient.builder()
        .region(region)
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder());
    settings.sqsEndpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The S3 endpoint: the flag's, else the one the SDK takes from the environment, if any. */
  private Optional<URI> s3Endpoint() {
    return settings.s3Endpoint().or(() -> fromEnvironment("S3"));
  }

  /** The endpoint the SDK will take from the environment, as it ranks them. */
  Optional<URI> fromEnvironment(String service) {
    return Optional.ofNullable(environment.get("AWS_ENDPOINT_URL_" + service))
        .or(() -> Optional.ofNullable(environment.get("AWS_ENDPOINT_URL")))
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .flatMap(AwsClients::uri);
  }

  private static Optional<URI> uri(String url) {
    try {
      return Optional.of(URI.create(url));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // the SDK reports it when it reads the variable
    }
  }
}
