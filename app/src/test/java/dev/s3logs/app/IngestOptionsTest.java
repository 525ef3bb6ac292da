package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Options of ingest that are refused before any engine is asked. */
class IngestOptionsTest {

  @Test
  void fewerThanOneAttemptIsAUsageError() {
    CommandRun run = CommandRun.run("ingest", "-", "--to", "http://127.0.0.1:9",
        "--max-attempts", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip())
        .isEqualTo("s3logs ingest: --max-attempts must be at least 1 (1: no retries), not 0");
  }
}
