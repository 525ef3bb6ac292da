package dev.s3logs.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsClientsTest {

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret"));

  @Test
  void clientsTakeTheEndpointsAndRegionOfTheSettings() {
    AwsClientSettings settings = new AwsClientSettings(
        Optional.of(URI.create("http://127.0.0.1:9000")),
        Optional.of(URI.create("https://sqs.internal:9324")), Optional.empty(), false,
        Optional.empty());
    AwsClients clients = new AwsClients(settings, "eu-north-1", CREDENTIALS, Map.of());
    try (S3Client s3 = clients.s3(); SqsClient sqs = clients.sqs()) {
      assertThat(s3.serviceClientConfiguration().endpointOverride())
          .contains(URI.create("http://127.0.0.1:9000"));
      assertThat(s3.serviceClientConfiguration().region()).isEqualTo(Region.EU_NORTH_1);
      assertThat(sqs.serviceClientConfiguration().endpointOverride())
          .contains(URI.create("https://sqs.internal:9324"));
      assertThat(s3.serviceClientConfiguration().credentialsProvider()).isSameAs(CREDENTIALS);
    }
  }

  @Test
  void findsTheEndpointTheSdkTakesFromTheEnvironmentServiceFirst() {
    AwsClients both = clients(Map.of("AWS_ENDPOINT_URL_S3", "http://localhost:4566",
        "AWS_ENDPOINT_URL", "https://all.example"));
    assertThat(both.fromEnvironment("S3")).contains(URI.create("http://localhost:4566"));
    assertThat(both.fromEnvironment("SQS")).contains(URI.create("https://all.example"));
    assertThat(clients(Map.of()).fromEnvironment("S3")).isEmpty();
    assertThat(clients(Map.of("AWS_ENDPOINT_URL_S3", " ")).fromEnvironment("S3")).isEmpty();
    assertThat(clients(Map.of("AWS_ENDPOINT_URL_S3", "http://bad host")).fromEnvironment("S3"))
        .isEmpty();
  }

  private static AwsClients clients(Map<String, String> environment) {
    return new AwsClients(AwsClientSettings.defaults(), "us-east-1", CREDENTIALS, environment);
  }
}
