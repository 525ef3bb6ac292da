package dev.s3logs.sink.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngines;
import dev.s3logs.testing.SigV4Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Every request of a small ingest, signed by {@link AwsSigV4Auth} and sent by the real transport,
 * passes a proxy that verifies its signature before the real OpenSearch behind it sees it.
 */
class AwsSigV4RoundTripIT {

  static final AwsBasicCredentials KEYS =
      AwsBasicCredentials.create("AKIDS3LOGSTEST", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final List<String> IDS = List.of("a1", "b2", "c3");

  @ParameterizedTest(name = "{0}, gzip {1}")
  @CsvSource({"es, false", "es, true", "aoss, false", "aoss, true"})
  void everyRequestVerifiesAndTheDocumentsArrive(String service, boolean gzip) {
    String index = "sigv4-" + service + (gzip ? "-gzip" : "-plain");
    ingestAndReadBack(new AwsTarget(service, "eu-west-1"), KEYS, gzip, index);
  }

  @Test
  void sessionCredentialsVerifyToo() {
    AwsSessionCredentials session = AwsSessionCredentials.create("ASIAS3LOGSTEST",
        "session/secret+key", "FwoGZXIvYXdzEXAMPLE//token==");
    ingestAndReadBack(new AwsTarget("aoss", "us-east-1"), session, true, "sigv4-session");
  }

  private static void ingestAndReadBack(AwsTarget target, AwsCredentials credentials,
      boolean gzip, String index) {
    SigV4Verifier verifier = new SigV4Verifier(credentials, target.service(), target.region());
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(), verifier)) {
      HttpTransport transport = new HttpTransport(proxy.uri(),
          new AwsSigV4Auth(target, StaticCredentialsProvider.create(credentials)),
          TlsSettings.DEFAULT, gzip, Duration.ofSeconds(30));
      assertThat(transport.get("/").text()).contains("\"distribution\" : \"opensearch\"");
      assertOk(send(transport, "PUT", "/" + index, "application/json",
          "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}"));
      HttpReply bulk = send(transport, "POST",
          "/" + index + "/_bulk?refresh=true&filter_path=errors,items.*.status",
          "application/x-ndjson", bulkBody());
      assertThat(bulk.text()).isEqualTo("{\"errors\":false,\"items\":["
          + "{\"create\":{\"status\":201}},{\"create\":{\"status\":201}},"
          + "{\"create\":{\"status\":201}}]}");
      for (String id : IDS) {
        assertThat(transport.get("/" + index + "/_doc/" + id).text())
            .contains("\"found\":true").contains("\"key\":\"logs/" + id + "\"");
      }
      // A path and a query with characters that URI encoding treats specially: ',', '*', ':'.
      assertThat(transport.get("/" + index + "*,absent-*/_count?q=key:logs&filter_path=count,"
          + "*.failed").text()).isEqualTo("{\"count\":3,\"_shards\":{\"failed\":0}}");
      assertThat(verifier.rejections()).isEmpty();
      assertThat(verifier.accepted()).isEqualTo(7);
    }
    EngineRest.Reply direct = SearchEngines.opensearch().rest().get("/" + index + "/_count");
    assertThat(direct.body()).contains("\"count\":3");
  }

  private static String bulkBody() {
    StringBuilder ndjson = new StringBuilder();
    for (String id : IDS) {
      ndjson.append("{\"create\":{\"_id\":\"").append(id).append("\"}}\n")
          .append("{\"bucket\":\"s3logs-test\",\"key\":\"logs/").append(id).append("\"}\n");
    }
    return ndjson.toString();
  }

  static HttpReply send(HttpTransport transport, String method, String path, String type,
      String body) {
    return transport.send(method, path, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertOk(HttpReply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
  }
}
