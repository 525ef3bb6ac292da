package dev.s3logs.source.s3;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointParams;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The URL of an object, by the SDK's own S3 endpoint rules: virtual-hosted or path-style, the
 * partition's domain, FIPS and dual-stack endpoints, an endpoint override.
 *
 * @param endpoint an endpoint override (S3-compatible stores, VPC endpoints), if any
 * @param pathStyle the bucket in the path instead of the host name
 */
public record S3Address(String region, Optional<URI> endpoint, boolean pathStyle, boolean fips,
    boolean dualStack) {

  private static final S3EndpointProvider RULES = S3EndpointProvider.defaultProvider();

  /** The object's URL, its key encoded as S3 signs it (every byte but unreserved ones and /). */
  public URI of(String bucket, String key) {
    String base;
    try {
      base = RULES.resolveEndpoint(S3EndpointParams.builder()
          .bucket(bucket)
          .region(Region.of(region))
          .forcePathStyle(pathStyle)
          .useFips(fips)
          .useDualStack(dualStack)
          .endpoint(endpoint.map(URI::toString).orElse(null))
          .build()).join().url().toString();
    } catch (CompletionException | SdkException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null
          ? e.getCause() : e;
      throw new S3AccessException(S3Problem.OTHER, "cannot address bucket '" + bucket
          + "' in region " + region + ": " + cause.getMessage(), e);
    }
    return URI.create((base.endsWith("/") ? base : base + "/")
        + SdkHttpUtils.urlEncodeIgnoreSlashes(key));
  }
}
