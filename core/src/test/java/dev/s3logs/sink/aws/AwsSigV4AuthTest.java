package dev.s3logs.sink.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.sink.http.HttpCall;
import dev.s3logs.testing.SigV4Verifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsSigV4AuthTest {

  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final URI BULK = URI.create("https://search-logs-abc123.eu-west-1.es.amazonaws.com"
      + "/logs-s3/_bulk?filter_path=errors,items.*.status");
  private static final AwsTarget TARGET = new AwsTarget("es", "eu-west-1");
  private static final byte[] BODY =
      "{\"create\":{}}\n{\"a\":1}\n".getBytes(StandardCharsets.UTF_8);

  private final AwsSigV4Auth auth = new AwsSigV4Auth(TARGET,
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", SECRET)));

  @Test
  void signsTheContentTypeButNeitherLengthNorTheHeadersTheClientSetsItself() {
    HttpCall signed = auth.authorize(call(Map.of("Content-Type", "application/x-ndjson",
        "Content-Length", "22", "Host", "elsewhere.example.com", "Connection", "keep-alive")));
    assertThat(signedHeaders(signed))
        .containsExactly("content-type", "host", "x-amz-content-sha256", "x-amz-date");
    assertThat(signed.headers()).containsOnlyKeys("Authorization", "Content-Type",
        "X-Amz-Date", "x-amz-content-sha256");
  }

  @Test
  void signsTheContentEncodingOfACompressedBody() {
    HttpCall signed = auth.authorize(call(Map.of("Content-Type", "application/x-ndjson",
        "Content-Encoding", "gzip")));
    assertThat(signedHeaders(signed)).containsExactly("content-encoding", "content-type", "host",
        "x-amz-content-sha256", "x-amz-date");
    assertThat(signed.headers()).containsEntry("Content-Encoding", "gzip");
  }

  @Test
  void sendsTheHashOfTheBodyAsItGoesOnTheWire() {
    HttpCall signed = auth.authorize(call(Map.of("Content-Type", "application/x-ndjson")));
    assertThat(signed.headers().get("x-amz-content-sha256")).isEqualTo(SigV4Verifier.sha256(BODY));
    assertThat(signed.body()).isSameAs(BODY);
    assertThat(signed.uri()).isEqualTo(BULK);
    assertThat(signed.method()).isEqualTo("POST");
  }

  @Test
  void sendsTheHashOfNothingForARequestWithoutBody() {
    HttpCall get = new HttpCall("GET", URI.create("https://abc123.us-east-1.aoss.amazonaws.com/"),
        Map.of(), null);
    HttpCall signed = new AwsSigV4Auth(new AwsTarget("aoss", "us-east-1"),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", SECRET)))
        .authorize(get);
    assertThat(signed.headers().get("x-amz-content-sha256"))
        .isEqualTo(SigV4Verifier.sha256(new byte[0]));
    assertThat(signed.headers().get("Authorization"))
        .contains("Credential=AKIDEXAMPLE/").contains("/us-east-1/aoss/aws4_request");
  }

  @Test
  void scopesTheSignatureToServiceAndRegion() {
    String authorization = auth.authorize(call(Map.of())).headers().get("Authorization");
    assertThat(authorization).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
        .contains("/eu-west-1/es/aws4_request, SignedHeaders=")
        .matches(".*, Signature=[0-9a-f]{64}");
  }

  @Test
  void sessionCredentialsSendAndSignTheirToken() {
    AwsSigV4Auth session = new AwsSigV4Auth(TARGET, StaticCredentialsProvider.create(
        AwsSessionCredentials.create("ASIAEXAMPLE", SECRET, "the-session-token")));
    HttpCall signed = session.authorize(call(Map.of("Content-Type", "application/json")));
    assertThat(signed.headers()).containsEntry("X-Amz-Security-Token", "the-session-token");
    assertThat(signedHeaders(signed)).contains("x-amz-security-token");
  }

  @Test
  void basicCredentialsSendNoToken() {
    HttpCall signed = auth.authorize(call(Map.of()));
    assertThat(signed.headers().keySet())
        .noneMatch(name -> name.equalsIgnoreCase("x-amz-security-token"));
  }

  @Test
  void replacesAnEarlierAuthorizationInsteadOfSigningIt() {
    HttpCall signed = auth.authorize(call(Map.of("Authorization", "Basic dXNlcjpwYXNz")));
    assertThat(signed.headers().get("Authorization")).startsWith("AWS4-HMAC-SHA256 ");
    assertThat(signedHeaders(signed)).doesNotContain("authorization");
  }

  @Test
  void keepsOtherHeadersAndSignsThem() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    HttpCall signed = auth.authorize(call(headers));
    assertThat(signed.headers()).containsEntry("Accept", "application/json");
    assertThat(signedHeaders(signed)).contains("accept");
  }

  @ParameterizedTest
  @CsvSource({
      "https://search-d-1.eu-west-1.es.amazonaws.com, search-d-1.eu-west-1.es.amazonaws.com",
      "https://search-d-1.eu-west-1.es.amazonaws.com:443/x, search-d-1.eu-west-1.es.amazonaws.com",
      "https://vpc-d-1.eu-west-1.es.amazonaws.com:9243, vpc-d-1.eu-west-1.es.amazonaws.com:9243",
      "http://127.0.0.1:80/, 127.0.0.1",
      "http://127.0.0.1:9200/_bulk, 127.0.0.1:9200",
      "http://127.0.0.1:443/, 127.0.0.1:443",
      "http://[::1]:9200/, [::1]:9200",
  })
  void signsTheHostAsTheJdkClientSendsIt(String uri, String host) {
    assertThat(AwsSigV4Auth.hostHeader(URI.create(uri))).isEqualTo(host);
  }

  @Test
  void missingCredentialsAreAnAuthProblemNotAnSdkCrash() {
    AwsCredentialsProvider none = () -> {
      throw SdkClientException.create("Unable to load credentials from any of the providers");
    };
    assertThatThrownBy(() -> new AwsSigV4Auth(TARGET, none).authorize(call(Map.of())))
        .isInstanceOf(AwsAuthException.class)
        .hasMessageStartingWith("cannot get AWS credentials to sign with: Unable to load");
  }

  @Test
  void describesItselfWithoutCredentials() {
    assertThat(auth.toString()).isEqualTo("AWS SigV4 signing for es in eu-west-1")
        .doesNotContain(SECRET).doesNotContain("AKIDEXAMPLE");
  }

  private static HttpCall call(Map<String, String> headers) {
    return new HttpCall("POST", BULK, headers, BODY);
  }

  private static List<String> signedHeaders(HttpCall call) {
    String authorization = call.headers().get("Authorization");
    return List.of(authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1").split(";"));
  }
}
