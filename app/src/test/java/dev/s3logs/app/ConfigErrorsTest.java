package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Errors about configured values name the setting, and never show a secret. */
class ConfigErrorsTest {

  @Command(name = "demo")
  static final class Demo implements Callable<Integer> {

    @Option(names = "--api-token-id", paramLabel = "N")
    int tokenId;

    @Option(names = "--db-password", paramLabel = "TEXT")
    String password;

    @Option(names = "--size", paramLabel = "N")
    int size;

    @Override
    public Integer call() {
      if (password != null && password.length() < 12) {
        throw new IllegalArgumentException("--db-password '" + password + "' is too short");
      }
      if (size > 10) {
        throw new IllegalArgumentException("--size must be at most 10, not " + size);
      }
      return 0;
    }
  }

  @Test
  void aSecretThatDoesNotConvertIsNamedButNotShown() {
    String err = run(Map.of("S3LOGS_API_TOKEN_ID", "hunter2"));
    assertThat(err).startsWith("demo: S3LOGS_API_TOKEN_ID (value not shown): ")
        .doesNotContain("hunter2").contains("(not shown)");
  }

  @Test
  void aSecretACommandRefusesIsNamedButNotShown() {
    String err = run(Map.of("S3LOGS_DB_PASSWORD", "hunter2"));
    assertThat(err).isEqualTo("s3logs demo: S3LOGS_DB_PASSWORD (value not shown): --db-password "
        + "'(not shown)' is too short\n");
  }

  @Test
  void anOrdinaryValueIsShown() {
    assertThat(run(Map.of("S3LOGS_SIZE", "11")))
        .isEqualTo("s3logs demo: S3LOGS_SIZE='11': --size must be at most 10, not 11\n");
  }

  @Test
  void aFlagGivenOnTheCommandLineIsNotBlamedOnTheEnvironment() {
    assertThat(run(Map.of("S3LOGS_SIZE", "1"), "--size", "11"))
        .isEqualTo("s3logs demo: --size must be at most 10, not 11\n");
  }

  private static String run(Map<String, String> env, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    CommandLine commandLine = new CommandLine(new Demo());
    commandLine.setExecutionExceptionHandler(new ErrorHandler(err));
    commandLine.setParameterExceptionHandler((e, ignored) -> {
      err.println(e.getCommandLine().getCommandName() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    });
    ConfigDefaults.install(commandLine, env);
    assertThat(commandLine.execute(args)).isEqualTo(ExitCodes.USAGE);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
