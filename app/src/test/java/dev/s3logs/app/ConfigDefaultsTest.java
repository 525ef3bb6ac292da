package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole command line, run in-process with an environment of the test's own. */
class ConfigDefaultsTest {

  @TempDir
  Path dir;

  @Test
  void aBadValueFromTheEnvironmentIsRefusedNamingTheVariable() {
    CommandRun run = run(Map.of("S3LOGS_THREADS", "0"), "parse");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo(
        "s3logs parse: S3LOGS_THREADS='0': --threads must be at least 1, not 0\n");
  }

  @Test
  void aValueThatDoesNotConvertNamesTheVariableBeforeAnyWork() {
    CommandRun run = run(Map.of("S3LOGS_TO", "http://127.0.0.1:1", "S3LOGS_BULK_SIZE", "x"),
        "ingest");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("s3logs ingest: S3LOGS_BULK_SIZE='x': ")
        .contains("'x' is not a size such as 5mb").hasLineCount(1);
  }

  @Test
  void aBadValueFromTheFileNamesTheFileAndKey() throws Exception {
    Path yaml = yaml("threads: many\n");
    CommandRun run = run(Map.of(), "parse", "--config", yaml.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("s3logs parse: " + yaml + ": threads='many': ")
        .hasLineCount(1);
  }

  @Test
  void theFilesValueIsUsed() throws Exception {
    Path yaml = yaml("threads: 2\n");
    assertThat(this.<ParseCommand>parse(Map.of(), "parse", "--config", yaml.toString())
        .threadsOption.threads)
        .isEqualTo(2);
    assertThat(this.<ParseCommand>parse(Map.of("S3LOGS_CONFIG", yaml.toString()), "parse")
        .threadsOption.threads)
        .isEqualTo(2);
  }

  @Test
  void theFlagBeatsTheVariableWhichBeatsTheFile() throws Exception {
    String config = yaml("lines: 5\n").toString();
    Map<String, String> env = Map.of("S3LOGS_LINES", "7");
    assertThat(run(Map.of(), "generate", "--config", config).out().lines()).hasSize(5);
    assertThat(run(env, "generate", "--config", config).out().lines()).hasSize(7);
    assertThat(run(env, "generate", "--config", config, "--lines", "3").out().lines())
        .hasSize(3);
  }

  @Test
  void aFlagOnTheCommandLineIsNotEvenCheckedAgainstItsVariable() {
    CommandRun run = run(Map.of("S3LOGS_THREADS", "lots"), "parse", "--threads", "1");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void booleanFlagsTakeTrueOrFalse() throws Exception {
    Path yaml = yaml("gzip: true\ninsecure: true\n");
    Map<String, String> env = Map.of("S3LOGS_TO", "http://localhost:9200",
        "S3LOGS_CONFIG", yaml.toString(), "S3LOGS_INSECURE", "false");
    EngineOptions options = this.<SetupCommand>parse(env, "setup").engineOptions;
    assertThat(options.access.gzip).isTrue();
    assertThat(options.access.insecure).isFalse();
    CommandRun run = run(Map.of("S3LOGS_TO", "http://localhost:9200", "S3LOGS_GZIP", "maybe"),
        "setup");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("s3logs setup: S3LOGS_GZIP='maybe': ").hasLineCount(1);
  }

  @Test
  void theDockerSetupsVariablesStillWork() {
    Map<String, String> env = Map.of("ES_ENDPOINT", "https://search.example.com",
        "ES_PREFIX", "s3_log");
    IngestCommand ingest = parse(env, "ingest");
    assertThat(ingest.sinkOptions.engine.url()).isEqualTo(URI.create("https://search.example.com"));
    assertThat(ingest.sinkOptions.index.indexPattern).isEqualTo("s3_log-{yyyy-MM-dd}");
    assertThat(ingest.sinkOptions.index.setup().prefix()).isEqualTo("s3_log");
  }

  @Test
  void configuredTextKeepsItsDollarSigns() {
    Map<String, String> env = Map.of("S3LOGS_TO", "http://localhost:9200",
        "S3LOGS_USER", "a$b$$c${HOME}");
    assertThat(this.<SetupCommand>parse(env, "setup").engineOptions.access.user)
        .isEqualTo("a$b$$c${HOME}");
  }

  @Test
  void aMissingOrWrongFileIsOneLine() throws Exception {
    Path missing = dir.resolve("nope.yaml");
    CommandRun run = run(Map.of(), "parse", "--config", missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("s3logs parse: config file " + missing + " does not exist")
        .hasLineCount(1);
    Path typo = yaml("treads: 2\n");
    run = run(Map.of("S3LOGS_CONFIG", typo.toString()), "parse");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown setting treads").hasLineCount(1);
  }

  @Test
  void helpWorksWhenTheConfigurationIsBroken() {
    Map<String, String> env = Map.of("S3LOGS_CONFIG", dir.resolve("nope.yaml").toString(),
        "S3LOGS_THREADS", "lots");
    CommandRun run = run(env, "parse", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("--config=FILE").contains("--threads=N");
  }

  @Test
  void aFileMayHoldSettingsOfOtherCommands() throws Exception {
    Path yaml = yaml("bulk-size: 1mb\nretention: 30d\nthreads: 1\n");
    assertThat(run(Map.of(), "parse", "--config", yaml.toString()).exitCode()).isZero();
  }

  @Test
  void everyCommandWithOptionsTakesConfig() {
    CommandLine root = S3LogsCommand.commandLine(streams(new ByteArrayOutputStream()), Map.of());
    assertThat(root.getSubcommands()).containsKeys("parse", "generate", "ingest", "setup");
    root.getSubcommands().forEach((name, sub) -> {
      boolean hasConfig = sub.getCommandSpec().findOption("config") != null;
      assertThat(hasConfig).as(name).isEqualTo(!name.equals("help"));
    });
  }

  private CommandRun run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = S3LogsCommand.commandLine(streams(out, err), env).execute(args);
    return new CommandRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Parses without running, to look at the values a command would work with. */
  private <T> T parse(Map<String, String> env, String... args) {
    CommandLine root = S3LogsCommand.commandLine(streams(new ByteArrayOutputStream()), env);
    root.parseArgs(args);
    return root.getSubcommands().get(args[0]).getCommand();
  }

  private Path yaml(String text) throws Exception {
    return Files.writeString(dir.resolve("s3logs.yaml"), text);
  }

  private static Streams streams(ByteArrayOutputStream out) {
    return streams(out, new ByteArrayOutputStream());
  }

  private static Streams streams(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return new Streams(new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
