package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngines;
import dev.s3logs.testing.SigV4Verifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * {@code ingest --auth aws} end to end: every request of a run goes through a proxy that checks
 * its signature before the real OpenSearch sees it. Credentials come the way users give them,
 * through the SDK's default chain (here its system properties).
 */
class IngestWithSigV4IT {

  private static final String KEY = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String CORPUS = "target/test-classes/public-samples.log";

  @BeforeEach
  void credentials() {
    System.setProperty("aws.accessKeyId", KEY);
    System.setProperty("aws.secretAccessKey", SECRET);
  }

  @AfterEach
  void noCredentials() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @ParameterizedTest
  @CsvSource({"es, false", "es, true", "aoss, false", "aoss, true"})
  void everyRequestOfARunIsSignedSoThatItVerifies(String service, boolean gzip) {
    SigV4Verifier verifier = new SigV4Verifier(AwsBasicCredentials.create(KEY, SECRET), service,
        "eu-west-1");
    String prefix = "cli-aws-" + service + (gzip ? "-gzip" : "-plain");
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(), verifier)) {
      CommandRun run = ingest(proxy, prefix, service, gzip);
      assertThat(run.err()).as(run.err()).contains("79 stored", "1 failed to parse");
      assertThat(run.exitCode()).isEqualTo(ExitCodes.LINES_FAILED);
    }
    assertThat(verifier.rejections()).isEmpty();
    // templates, engine detection (es only), bulk, dead letters
    assertThat(verifier.accepted()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aWrongSecretIsRefusedAndTheRunSaysSo() {
    SigV4Verifier verifier = new SigV4Verifier(AwsBasicCredentials.create(KEY, "another"), "es",
        "eu-west-1");
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(), verifier)) {
      CommandRun run = ingest(proxy, "cli-aws-refused", "es", false);
      assertThat(run.exitCode()).isEqualTo(ExitCodes.ENGINE);
      assertThat(run.err()).contains("refused the credentials (HTTP 403)");
    }
    assertThat(verifier.accepted()).isZero();
  }

  private static CommandRun ingest(LoopbackProxy proxy, String prefix, String service,
      boolean gzip) {
    List<String> args = new ArrayList<>(List.of("ingest", CORPUS, "--to", proxy.uri().toString(),
        "--auth", "aws", "--aws-region", "eu-west-1", "--aws-service", service,
        "--index", prefix + "-{yyyy.MM.dd}"));
    if (gzip) {
      args.add("--gzip");
    }
    return CommandRun.run(args.toArray(String[]::new));
  }
}
