package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bad --dashboards URL stops setup before it reaches anything. */
class SetupDashboardsOptionsTest {

  // Nothing listens here, and nothing must be asked: the URL is checked first.
  private static final String ENGINE = "http://127.0.0.1:9";

  @Test
  void aUrlThatDoesNotParseIsAUsageError() {
    CommandRun run = CommandRun.run("setup", "--to", ENGINE, "--dashboards", "http://kibana:56 01");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Invalid value for option '--dashboards'",
        "http://kibana:56 01").doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void aUrlWithoutSchemeOrHostIsAUsageErrorNamingTheOption() {
    CommandRun run = CommandRun.run("setup", "--to", ENGINE, "--dashboards", "localhost:5601");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("s3logs setup: --dashboards needs an http(s) URL "
        + "with a host, like http://localhost:5601: got 'localhost:5601'");
  }
}
