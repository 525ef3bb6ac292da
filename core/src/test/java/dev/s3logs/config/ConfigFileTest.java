package dev.s3logs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  private static final Set<String> KNOWN =
      Set.of("to", "index", "threads", "gzip", "bulk-size", "s3-endpoint-url");

  @TempDir
  Path dir;

  @Test
  void flatKeysNamedLikeTheOptionsGiveTextValues() throws Exception {
    ConfigFile file = load("""
        # where the logs go
        to: https://search.example.com:9200
        index: s3_log-{yyyy-MM-dd}
        threads: 2
        gzip: true
        bulk-size: 5mb
        """);
    assertThat(file.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "to", "https://search.example.com:9200", "index", "s3_log-{yyyy-MM-dd}",
        "threads", "2", "gzip", "true", "bulk-size", "5mb"));
    assertThat(file.find("threads")).get().extracting(Setting::describe)
        .isEqualTo(file.path() + ": threads='2'");
  }

  @Test
  void valuesStayAsWrittenRatherThanAsYaml11ReadsThem() throws Exception {
    // YAML 1.1 reads yes as true and 010 as 8: the option's own converter decides instead
    ConfigFile file = load("index: no\nthreads: 010\ngzip: yes\n");
    assertThat(file.values()).containsEntry("index", "no").containsEntry("threads", "010")
        .containsEntry("gzip", "yes");
  }

  @Test
  void anEmptyFileHasNoSettings() throws Exception {
    assertThat(load("# nothing yet\n").values()).isEmpty();
  }

  @Test
  void unknownKeysAreRefusedByName() {
    assertThatThrownBy(() -> load("to: http://localhost:9200\ntreads: 2\nbulkSize: 5mb\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("s3logs.yaml: unknown settings treads, bulkSize");
  }

  @Test
  void nestedSpellingsAreUnknownKeysToo() {
    assertThatThrownBy(() -> load("s3:\n  endpoint-url: http://localhost:9000\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown setting s3 ");
  }

  @Test
  void aListOrMappingWhereOneValueGoesIsRefused() {
    assertThatThrownBy(() -> load("to:\n  - https://a:9200\n  - https://b:9200\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("s3logs.yaml: to must be one value, not a list");
    assertThatThrownBy(() -> load("index:\n  prefix: logs\n"))
        .hasMessageEndingWith("index must be one value, not a mapping");
    assertThatThrownBy(() -> load("threads:\nto: ''\n"))
        .hasMessageEndingWith("s3logs.yaml: threads has no value; to has no value");
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThatThrownBy(() -> load("threads: 2\nthreads: 4\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("is not valid YAML: Duplicate field 'threads' (line 2, column 8)");
  }

  @Test
  void aFileThatIsNotSettingsIsOneClearSentence() {
    assertThatThrownBy(() -> load("just some words\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("must hold settings such as");
    assertThatThrownBy(() -> load("to: [unclosed\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("is not valid YAML: expected ',' or ']', but got <stream end>"
            + " (line 2, column 1)");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> ConfigFile.load(missing, KNOWN))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config file " + missing + " does not exist");
  }

  @Test
  void aDirectoryIsNotAFile() {
    assertThatThrownBy(() -> ConfigFile.load(dir, KNOWN))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("config file " + dir);
  }

  private ConfigFile load(String yaml) throws Exception {
    return ConfigFile.load(Files.writeString(dir.resolve("s3logs.yaml"), yaml), KNOWN);
  }
}
