package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngines;
import dev.s3logs.testing.TestCertificate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS verification and basic authentication, through proxies in front of the real OpenSearch. */
class IngestSecurityIT {

  private static final String CORPUS = "target/test-classes/public-samples.log";

  @TempDir
  static Path dir;
  private static TestCertificate certificate;

  @BeforeAll
  static void certificate() {
    certificate = TestCertificate.create(dir);
  }

  @Test
  void aCertificateFromAPrivateCaIsRefusedUntilTheCaIsGiven() {
    try (LoopbackProxy proxy = https()) {
      CommandRun refused = ingest(proxy, "cli-tls-refused");
      assertThat(refused.exitCode()).isEqualTo(ExitCodes.ENGINE);
      assertThat(refused.err()).contains("TLS failed: the server's certificate is not signed by an authority", "--ca-cert").doesNotContain("Exception:");

      CommandRun trusted = ingest(proxy, "cli-tls-ca", "--ca-cert", certificate.pem().toString());
      assertThat(trusted.err()).as(trusted.err()).contains("79 stored");
    }
  }

  @Test
  void insecureSkipsTheCheckAndSaysSoLoudly() {
    try (LoopbackProxy proxy = https()) {
      CommandRun run = ingest(proxy, "cli-tls-insecure", "--insecure");
      assertThat(run.err()).contains("WARNING: --insecure", "79 stored");
    }
  }

  @Test
  void basicAuthenticationSendsThePasswordFromTheEnvironmentAndNeverPrintsIt() {
    // HOME stands in for a password variable: tests cannot set environment variables
    String password = System.getenv("HOME");
    String expected = "Basic " + Base64.getEncoder()
        .encodeToString(("ingester:" + password).getBytes(StandardCharsets.UTF_8));
    AtomicInteger refused = new AtomicInteger();
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> {
          if (request.header("Authorization").filter(expected::equals).isPresent()) {
            return Optional.empty();
          }
          refused.incrementAndGet();
          return Optional.of(LoopbackProxy.Answer.json(401, "{\"error\":\"unauthorized\"}"));
        })) {
      CommandRun run = ingest(proxy, "cli-basic", "--user", "ingester", "--password-env", "HOME");
      assertThat(run.err()).as(run.err()).contains("79 stored").doesNotContain(password);
      assertThat(refused.get()).isZero();

      CommandRun wrong = ingest(proxy, "cli-basic", "--user", "someone", "--password-env", "HOME");
      assertThat(wrong.exitCode()).isEqualTo(ExitCodes.ENGINE);
      assertThat(wrong.err()).contains("refused the credentials (HTTP 401)");
    }
  }

  private static LoopbackProxy https() {
    return LoopbackProxy.https(SearchEngines.opensearch().baseUri(),
        LoopbackProxy.Interceptor.FORWARD_ALL, certificate.serverContext());
  }

  private static CommandRun ingest(LoopbackProxy proxy, String prefix, String... more) {
    String[] args = new String[8 + more.length];
    System.arraycopy(new String[] {"ingest", CORPUS, "--to", proxy.uri().toString(), "--index",
        prefix + "-{yyyy.MM.dd}", "--dead-letter", dir.resolve(prefix + ".ndjson").toString()},
        0, args, 0, 8);
    System.arraycopy(more, 0, args, 8, more.length);
    return CommandRun.run(args);
  }
}
