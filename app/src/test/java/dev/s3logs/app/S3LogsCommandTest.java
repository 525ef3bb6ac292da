package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class S3LogsCommandTest {

  @Test
  void withoutACommandItListsEveryCommandAsAUsageError() {
    CommandRun run = CommandRun.run();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: s3logs").contains("parse").contains("generate");
  }

  @Test
  void helpListsEveryCommandAndSucceeds() {
    CommandRun run = CommandRun.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("parse").contains("generate");
  }
}
