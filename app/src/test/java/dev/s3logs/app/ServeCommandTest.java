package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s refusals, in-process, before it listens. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void beyondLoopbackWithoutATokenItRefusesToStart() throws Exception {
    Path store = Files.createFile(dir.resolve("s.duckdb"));
    CommandRun run = CommandRun.withEnv(Map.of(), "serve", "--from", "duckdb:" + store,
        "--bind", "0.0.0.0", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("s3logs serve: --bind 0.0.0.0 opens the dashboard"
        + " beyond this machine: set S3LOGS_SERVE_TOKEN to a secret of at least 16 characters,"
        + " or bind to 127.0.0.1");
  }

  @Test
  void aWeakTokenIsRefused() {
    CommandRun run = CommandRun.withEnv(Map.of("S3LOGS_SERVE_TOKEN", "abc"), "serve",
        "--bind", "0.0.0.0", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("S3LOGS_SERVE_TOKEN must be at least 16 characters");
  }

  @Test
  void aMissingStoreIsRefusedWithTheCommandThatFillsIt() {
    Path store = dir.resolve("none.duckdb");
    CommandRun run = CommandRun.run("serve", "--from", "duckdb:" + store, "--port", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("s3logs serve: --from duckdb:" + store
        + ": no such file; fill it first with s3logs ingest --to duckdb:" + store + " FILE...");
  }

  @Test
  void aStoreOfAnotherShapeIsRefusedBeforeAnyQuery() throws Exception {
    Path store = dir.resolve("older.duckdb");
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:"
        + store); java.sql.Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE requests (id VARCHAR PRIMARY KEY, \"timestamp\" TIMESTAMP)");
    }
    CommandRun run = CommandRun.run("serve", "--from", "duckdb:" + store, "--port", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("s3logs serve: --from duckdb:" + store + ": its table"
        + " requests has other columns than this s3logs reads (a store of another version?);"
        + " ingest the logs into a new file");
  }

  @Test
  void anEngineThatCannotBeReachedIsRefusedInOneLineNamingFrom() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    CommandRun run = CommandRun.run("serve", "--from", url, "--port", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENGINE);
    assertThat(run.err()).startsWith("s3logs serve: --from " + url + ": cannot reach " + url
        + ": connection refused").hasLineCount(1);
  }

  @Test
  void aFromThatIsNotAUrlIsAUsageError() {
    CommandRun run = CommandRun.run("serve", "--from", "http://bad host", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("s3logs serve: --from 'http://bad host' is not a URL");
  }
}
