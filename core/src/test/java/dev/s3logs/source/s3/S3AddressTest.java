package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3AddressTest {

  private static final String KEY = "logs/2024-01-02-00-00-00-A";

  @Test
  void aBucketOfS3IsAddressedByHostNameInItsRegionsPartition() {
    assertThat(address("us-east-1").of("my-logs", KEY))
        .hasToString("https://my-logs.s3.us-east-1.amazonaws.com/" + KEY);
    assertThat(address("cn-north-1").of("my-logs", KEY))
        .hasToString("https://my-logs.s3.cn-north-1.amazonaws.com.cn/" + KEY);
  }

  @Test
  void aBucketWithDotsIsInThePathSoThatTheCertificateMatchesTheHost() {
    assertThat(address("eu-west-1").of("logs.example.com", KEY))
        .hasToString("https://s3.eu-west-1.amazonaws.com/logs.example.com/" + KEY);
  }

  @Test
  void fipsAndDualStackEndpointsAreTheSdks() {
    assertThat(new S3Address("us-gov-west-1", Optional.empty(), false, true, false)
        .of("my-logs", KEY)).hasToString("https://my-logs.s3-fips.us-gov-west-1.amazonaws.com/"
        + KEY);
    assertThat(new S3Address("eu-west-1", Optional.empty(), false, false, true)
        .of("my-logs", KEY)).hasToString("https://my-logs.s3.dualstack.eu-west-1.amazonaws.com/"
        + KEY);
  }

  @Test
  void anEndpointOverrideWithPathStyleKeepsItsHostAndPort() {
    S3Address local = new S3Address("us-east-1", Optional.of(URI.create("http://127.0.0.1:9000")),
        true, false, false);
    assertThat(local.of("logs", KEY)).hasToString("http://127.0.0.1:9000/logs/" + KEY);
  }

  @Test
  void theKeyIsEncodedByteByByteButItsSlashes() {
    assertThat(address("us-east-1").of("my-logs", "logs/a b+c=d&e~f.g_h-i/ü%").getRawPath())
        .isEqualTo("/logs/a%20b%2Bc%3Dd%26e~f.g_h-i/%C3%BC%25");
  }

  @Test
  void whatTheRulesRefuseIsOneLineNamingTheBucketAndRegion() {
    assertThatThrownBy(() -> address("us east 1").of("my-logs", KEY))
        .isInstanceOf(S3AccessException.class)
        .hasMessageStartingWith("cannot address bucket 'my-logs' in region us east 1: ");
  }

  private static S3Address address(String region) {
    return new S3Address(region, Optional.empty(), false, false, false);
  }
}
