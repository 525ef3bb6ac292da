package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.aws.AwsClientSettings;
import dev.s3logs.aws.AwsClients;
import dev.s3logs.source.InputObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/** A real client against a loopback port nothing listens on. */
class S3UnreachableTest {

  private URI endpoint;
  private S3Client s3;
  private S3Reads reads;

  @BeforeEach
  void clientOfAClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      endpoint = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    AwsClientSettings settings = new AwsClientSettings(Optional.of(endpoint), Optional.empty(),
        Optional.of("us-east-1"), false, Optional.empty());
    AwsClients clients = new AwsClients(settings, "us-east-1",
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")), Map.of());
    s3 = clients.s3();
    reads = clients.s3Reads();
  }

  @AfterEach
  void close() {
    s3.close();
  }

  @Test
  void listingSendsNothingUntilReadThenNamesTheEndpoint() {
    S3Listing listing = new S3Listing(s3, reads, S3Location.parse("s3://logs/access/"),
        new LogDateRange(Optional.of(LocalDate.of(2024, 1, 2)), Optional.empty()));
    Stream<InputObject> objects = listing.objects();
    assertThatThrownBy(objects::toList)
        .isInstanceOfSatisfying(S3AccessException.class,
            e -> assertThat(e.problem()).isEqualTo(S3Problem.UNREACHABLE))
        .hasMessageStartingWith("cannot reach S3 at " + endpoint + ": ")
        .hasMessageEndingWith(": check the network and --s3-endpoint-url");
  }

  @Test
  void openingAnObjectOfAnUnreachableEndpointStopsTheRun() {
    S3LogObject object = new S3LogObject(reads, "logs", "access/2024-01-02-00-00-00-A");
    assertThat(object.name()).isEqualTo("s3://logs/access/2024-01-02-00-00-00-A");
    assertThatThrownBy(object::open)
        .isInstanceOf(S3AccessException.class)
        .hasMessageStartingWith("cannot reach S3 at " + endpoint);
  }
}
