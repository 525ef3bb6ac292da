package dev.s3logs.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AwsClientSettingsTest {

  @Test
  void theRegionGivenWinsOverTheDefaultChain() {
    AwsClientSettings settings = settings(Optional.empty(), Optional.of(" eu-west-1 "), false);
    assertThat(settings.resolveRegion(() -> Optional.of("us-east-2"))).isEqualTo("eu-west-1");
    assertThat(AwsClientSettings.defaults().resolveRegion(() -> Optional.of("us-east-2")))
        .isEqualTo("us-east-2");
  }

  @Test
  void noRegionAnywhereSaysWhatToSet() {
    AwsClientSettings blank = settings(Optional.empty(), Optional.of("  "), false);
    assertThatThrownBy(() -> blank.resolveRegion(Optional::empty))
        .isInstanceOf(AwsSettingsException.class)
        .hasMessage("no AWS region for S3: pass --s3-region or set AWS_REGION");
  }

  @ParameterizedTest
  @CsvSource({
      "http://127.0.0.1:9000, true",
      "http://localhost:9000, true",
      "http://LOCALHOST, true",
      "http://[::1]:9000, true",
      "https://10.0.3.7, true",
      "https://s3.eu-west-1.amazonaws.com, false",
      "https://bucket.vpce-0a1b-xyz.s3.eu-west-1.vpce.amazonaws.com, false",
      "https://minio.internal:9000, false",
  })
  void endpointsWithoutBucketSubdomainsArePathStyle(URI endpoint, boolean pathStyle) {
    assertThat(AwsClientSettings.defaults().pathStyleFor(Optional.of(endpoint)))
        .isEqualTo(pathStyle);
  }

  @Test
  void theFlagMakesAnyEndpointPathStyle() {
    assertThat(AwsClientSettings.defaults().pathStyleFor(Optional.empty())).isFalse();
    AwsClientSettings flagged = settings(Optional.empty(), Optional.empty(), true);
    assertThat(flagged.pathStyleFor(Optional.empty())).isTrue();
    assertThat(flagged.pathStyleFor(Optional.of(URI.create("https://s3.example.com")))).isTrue();
  }

  @Test
  void anEndpointMustBeAnHttpUrl() {
    assertThatThrownBy(() -> settings(Optional.of(URI.create("s3.example.com:9000")),
        Optional.empty(), false))
        .isInstanceOf(AwsSettingsException.class)
        .hasMessage("--s3-endpoint-url must be an http(s) URL with a host, such as"
            + " https://s3.eu-west-1.amazonaws.com, not 's3.example.com:9000'");
    assertThatThrownBy(() -> new AwsClientSettings(Optional.empty(),
        Optional.of(URI.create("ftp://queue")), Optional.empty(), false, Optional.empty()))
        .hasMessageStartingWith("--sqs-endpoint-url must be an http(s) URL");
  }

  @Test
  void aBlankRoleIsNoRole() {
    AwsClientSettings settings = new AwsClientSettings(Optional.empty(), Optional.empty(),
        Optional.empty(), false, Optional.of(" "));
    assertThat(settings.roleArn()).isEmpty();
  }

  private static AwsClientSettings settings(Optional<URI> s3, Optional<String> region,
      boolean pathStyle) {
    return new AwsClientSettings(s3, Optional.empty(), region, pathStyle, Optional.empty());
  }
}
