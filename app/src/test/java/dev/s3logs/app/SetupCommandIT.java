package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.testing.SearchEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SetupCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void installsOnceThenFindsEverythingInPlace(SearchEngine engine) throws Exception {
    String prefix = "cli-setup-" + engine.name();
    CommandRun first = setup(engine, "--index", prefix + "-{yyyy.MM.dd}", "--replicas", "0");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.err()).contains("index template " + prefix + ": created",
        "index template " + prefix + "-failed: created");
    CommandRun again = setup(engine, "--index", prefix + "-{yyyy.MM.dd}", "--replicas", "0");
    assertThat(again.err()).contains("index template " + prefix + ": unchanged")
        .doesNotContain("created");
    JsonNode stored = JSON.readTree(engine.rest().get("/_index_template/" + prefix).body())
        .at("/index_templates/0/index_template");
    assertThat(stored.path("index_patterns").toString()).isEqualTo("[\"" + prefix + "-*\"]");
    JsonNode fields = stored.at("/template/mappings/properties");
    assertThat(fields.at("/client/properties/ip/type").asText()).isEqualTo("ip");
    assertThat(fields.at("/client/properties/address/type").asText()).isEqualTo("keyword");
    assertThat(fields.at("/aws/properties/s3access/properties/remote_ip/path").asText())
        .isEqualTo("client.ip");
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void retentionWithoutIsmOrIlmIsReportedAndTheExitCodeSaysSo(SearchEngine engine) {
    String prefix = "cli-retention-" + engine.name();
    CommandRun run = setup(engine, "--index", prefix + "-{yyyy.MM.dd}", "--retention", "90d");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(run.err()).contains("retention not installed: ",
        engine.isOpenSearch() ? "Index State Management" : "ILM");
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void aBadRetentionIsAUsageError(SearchEngine engine) {
    CommandRun run = setup(engine, "--retention", "0d");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("0d");
  }

  private static CommandRun setup(SearchEngine engine, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "setup";
    args[1] = "--to";
    args[2] = engine.baseUri().toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CommandRun.run(args);
  }
}
