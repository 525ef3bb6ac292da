package dev.s3logs.sink.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsTargetTest {

  private static final Supplier<Optional<String>> NO_DEFAULT = Optional::empty;

  @ParameterizedTest
  @CsvSource({
      "https://search-mydomain-abc123.eu-west-1.es.amazonaws.com, es, eu-west-1",
      "https://vpc-logs-abc123xyz.us-east-2.es.amazonaws.com:443, es, us-east-2",
      "https://search-logs-a1b2.cn-north-1.es.amazonaws.com.cn, es, cn-north-1",
      "https://search-logs-a1b2.us-gov-west-1.es.amazonaws.com, es, us-gov-west-1",
      "https://SEARCH-Logs-A1B2.AP-SOUTHEAST-5.ES.AMAZONAWS.COM/, es, ap-southeast-5",
      "https://search-logs-a1b2.aos.il-central-1.on.aws, es, il-central-1",
      "https://abc123.us-east-1.aoss.amazonaws.com, aoss, us-east-1",
      "https://0a1b2c3d4e.cn-northwest-1.aoss.amazonaws.com.cn:443/, aoss, cn-northwest-1",
  })
  void tellsServiceAndRegionFromAnAwsHost(String endpoint, String service, String region) {
    assertThat(AwsTarget.infer(URI.create(endpoint), null, null, NO_DEFAULT))
        .isEqualTo(new AwsTarget(service, region));
  }

  @Test
  void anyOtherHostIsAnOpenSearchServiceDomainInTheDefaultRegion() {
    AwsTarget target = AwsTarget.infer(URI.create("https://logs.example.com:9200"), null, null,
        () -> Optional.of("eu-central-1"));
    assertThat(target).isEqualTo(new AwsTarget("es", "eu-central-1"));
  }

  @Test
  void overridesWinOverTheHost() {
    URI serverless = URI.create("https://abc123.us-east-1.aoss.amazonaws.com");
    assertThat(AwsTarget.infer(serverless, "es", "eu-west-3", () -> Optional.of("sa-east-1")))
        .isEqualTo(new AwsTarget("es", "eu-west-3"));
    assertThat(AwsTarget.infer(URI.create("http://127.0.0.1:9200"), " AOSS ", "us-west-2",
        NO_DEFAULT)).isEqualTo(new AwsTarget("aoss", "us-west-2"));
  }

  @Test
  void blankOverridesCountAsNone() {
    URI domain = URI.create("https://search-d-1.eu-west-1.es.amazonaws.com");
    assertThat(AwsTarget.infer(domain, "", "  ", NO_DEFAULT))
        .isEqualTo(new AwsTarget("es", "eu-west-1"));
  }

  @Test
  void aRegionFromTheHostBeatsTheDefaultOne() {
    URI domain = URI.create("https://search-d-1.eu-west-1.es.amazonaws.com");
    assertThat(AwsTarget.infer(domain, null, null, () -> Optional.of("us-east-1")).region())
        .isEqualTo("eu-west-1");
  }

  @Test
  void noRegionAnywhereAsksForTheOption() {
    assertThatThrownBy(() -> AwsTarget.infer(URI.create("https://logs.example.com"), "aoss", null,
        NO_DEFAULT))
        .isInstanceOf(AwsAuthException.class)
        .hasMessageContaining("https://logs.example.com")
        .hasMessageContaining("--aws-region");
  }

  @Test
  void anUnknownServiceIsRefusedWithTheTwoThatExist() {
    assertThatThrownBy(() -> AwsTarget.infer(URI.create("https://logs.example.com"), "s3",
        "eu-west-1", NO_DEFAULT))
        .isInstanceOf(AwsAuthException.class)
        .hasMessageContaining("'s3'")
        .hasMessageContaining("es (OpenSearch Service)")
        .hasMessageContaining("aoss (OpenSearch Serverless)");
  }

  @Test
  void aHostlessEndpointNeedsBothOverridesOrTheDefaultRegion() {
    AwsTarget target = AwsTarget.infer(URI.create("file:/tmp/x"), null, null,
        () -> Optional.of("eu-north-1"));
    assertThat(target).isEqualTo(new AwsTarget("es", "eu-north-1"));
  }
}
