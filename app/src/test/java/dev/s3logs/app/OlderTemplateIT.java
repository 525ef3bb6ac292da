package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.SearchEngines;
import org.junit.jupiter.api.Test;

/**
 * An upgrade from a release before the aliases: its template is left alone, as every existing
 * template is, and ingest says what that costs and what to run.
 */
class OlderTemplateIT {

  private static final String CORPUS = "target/test-classes/public-samples.log";

  @Test
  void ingestKeepsATemplateForTheOlderShapeAndSaysToRunSetup() {
    EngineRest rest = SearchEngines.opensearch().rest();
    String older = "{\"index_patterns\":[\"cli-older-*\"],\"priority\":200,"
        + "\"_meta\":{\"managed_by\":\"s3logs\"},\"template\":{\"settings\":"
        + "{\"number_of_replicas\":0}}}";
    assertThat(rest.put("/_index_template/cli-older", older).status()).isEqualTo(200);
    assertThat(rest.put("/_index_template/cli-older-failed", older.replace("cli-older-*",
        "cli-older-failed").replace("200", "210")).status()).isEqualTo(200);
    try {
      CommandRun run = CommandRun.run("ingest", CORPUS, "--to",
          SearchEngines.opensearch().baseUri().toString(), "--index", "cli-older-{yyyy.MM.dd}");
      assertThat(run.err()).contains("index template cli-older maps an older document shape",
          "run s3logs setup with the same --index to update it", "79 stored");
      assertThat(rest.get("/_index_template/cli-older").body()).doesNotContain("document_shape");
    } finally {
      rest.delete("/_index_template/cli-older");
      rest.delete("/_index_template/cli-older-failed");
      rest.delete("/cli-older-*");
    }
  }
}
