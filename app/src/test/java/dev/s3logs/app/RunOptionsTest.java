package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code s3logs run} refuses a bad configuration before it connects to anything: one line naming
 * the option, exit status 2. The engine, S3 and SQS endpoints are a socket that is listening but
 * never answers: a command that reached it would hang or fail another way, not with status 2.
 */
class RunOptionsTest {

  private ServerSocket silent;

  @BeforeEach
  void listen() throws IOException {
    silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
    silent.setSoTimeout(1);
  }

  @AfterEach
  void close() throws IOException {
    silent.close();
  }

  @Test
  void noWorkersIsRefused() throws IOException {
    assertRefused(run("--queue", "q", "--workers", "0"), "--workers must be at least 1: got 0");
  }

  @Test
  void aKeyRegexThatDoesNotCompileIsRefused() throws IOException {
    assertRefused(run("--queue", "q", "--key-regex", "("),
        "--key-regex ( is not a valid regular expression: Unclosed group at index 1");
  }

  @Test
  void aNegativeIdleTimeIsRefused() throws IOException {
    assertRefused(run("--queue", "q", "--exit-when-idle", "-1"),
        "--exit-when-idle must be 0 seconds or more: got -1");
  }

  @Test
  void aNegativeShutdownTimeoutIsRefused() throws IOException {
    assertRefused(run("--queue", "q", "--shutdown-timeout", "-5"),
        "--shutdown-timeout must be 0 seconds or more: got -5");
  }

  @Test
  void aMetricsPortOutOfRangeIsRefused() throws IOException {
    assertRefused(run("--queue", "q", "--metrics-port", "70000"),
        "--metrics-port must be 0 to 65535: got 70000");
  }

  @Test
  void withoutAQueueFromFlagOrEnvironmentTheQueueOptionIsNamed() throws IOException {
    assertRefused(run(), "Missing required option: '--queue=NAME_OR_URL'");
  }

  @Test
  void theDockerSetupsQueueVariableIsEnoughToGetPastTheQueueCheck() throws IOException {
    // the same bad --workers, now with the queue from SQS_QUEUE_NAME: the queue is not missing
    CommandRun run = CommandRun.withEnv(Map.of("SQS_QUEUE_NAME", "from-env"),
        arguments("--workers", "0"));
    assertRefused(run, "--workers must be at least 1: got 0");
  }

  private void assertRefused(CommandRun run, String message) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines().toList()).as(run.err()).hasSize(1).first().asString()
        .startsWith("s3logs run: ").contains(message);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
    assertNothingConnected();
  }

  private void assertNothingConnected() throws IOException {
    try (var accepted = silent.accept()) {
      throw new AssertionError("the command connected to " + accepted.getLocalSocketAddress());
    } catch (java.net.SocketTimeoutException expected) {
      // nobody came
    }
  }

  private CommandRun run(String... more) {
    return CommandRun.withEnv(Map.of(), arguments(more));
  }

  private String[] arguments(String... more) {
    String fake = "http://127.0.0.1:" + silent.getLocalPort();
    List<String> args = new ArrayList<>(List.of("run", "--to", fake, "--s3-endpoint-url", fake,
        "--sqs-endpoint-url", fake, "--s3-region", "us-east-1"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
