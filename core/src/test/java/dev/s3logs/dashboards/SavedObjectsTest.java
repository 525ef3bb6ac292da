package dev.s3logs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed NDJSON files are what the generator makes for the default index pattern, and
 * every reference in them resolves. {@code S3LOGS_RECORD_DASHBOARDS=1} writes them again.
 */
class SavedObjectsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DashboardTarget DEFAULT = new DashboardTarget("s3-access-logs-*");

  @ParameterizedTest
  @EnumSource(Product.class)
  void theCommittedFileIsWhatTheGeneratorMakes(Product product) throws IOException {
    Path committed = Path.of("src/main/resources/dashboards/" + product.resourceName());
    String generated = SavedObjects.ndjson(product, DEFAULT, Panels.standard());
    if ("1".equals(System.getenv("S3LOGS_RECORD_DASHBOARDS"))) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as(committed + " differs from what the panel model generates: run "
            + "S3LOGS_RECORD_DASHBOARDS=1 ./mvnw -pl core -am verify -DskipITs "
            + "-Dtest=SavedObjectsTest -Dsurefire.failIfNoSpecifiedTests=false, then commit it")
        .isEqualTo(generated);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void everyReferenceResolvesToAnObjectInTheFile(Product product) throws IOException {
    List<JsonNode> objects = read(product);
    Set<String> present = new HashSet<>();
    objects.forEach(o -> assertThat(present.add(key(o.path("type"), o.path("id"))))
        .as("duplicate " + o.path("id")).isTrue());
    List<String> unresolved = new ArrayList<>();
    for (JsonNode object : objects) {
      object.path("references").forEach(ref -> {
        if (!present.contains(key(ref.path("type"), ref.path("id")))) {
          unresolved.add(object.path("id").asText() + " -> " + ref);
        }
      });
    }
    assertThat(unresolved).isEmpty();
    assertThat(objects).extracting(o -> o.path("type").asText()).containsOnly("index-pattern",
        "visualization", "dashboard").filteredOn("visualization"::equals)
        .hasSize(Panels.standard().size());
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void eachVisualisationReadsTheIndexPatternByTheNameItsSearchSourceGives(Product product)
      throws IOException {
    for (JsonNode vis : byType(read(product), "visualization")) {
      JsonNode source = JSON.readTree(vis.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON")
          .asText());
      JsonNode reference = vis.path("references").get(0);
      assertThat(reference.path("name").asText()).isEqualTo(source.path("indexRefName").asText());
      assertThat(reference.path("type").asText()).isEqualTo("index-pattern");
      assertThat(reference.path("id").asText()).isEqualTo(DEFAULT.indexPatternId());
      JsonNode state = JSON.readTree(vis.at("/attributes/visState").asText());
      // terms order by metric "1" and the series parameters name it: the first metric is "1"
      assertThat(state.at("/aggs/0/id").asText()).as(vis.path("id").asText()).isEqualTo("1");
      assertThat(state.at("/aggs/0/schema").asText()).isEqualTo("metric");
    }
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void everyDashboardPanelHasItsReferenceAndEveryVisualisationIsOnTheDashboard(Product product)
      throws IOException {
    List<JsonNode> objects = read(product);
    JsonNode dashboard = byType(objects, "dashboard").get(0);
    Set<String> refNames = new HashSet<>();
    Set<String> refIds = new HashSet<>();
    dashboard.path("references").forEach(ref -> {
      refNames.add(ref.path("name").asText());
      refIds.add(ref.path("id").asText());
    });
    JsonNode panels = JSON.readTree(dashboard.at("/attributes/panelsJSON").asText());
    assertThat(panels.size()).isEqualTo(Panels.standard().size());
    panels.forEach(p -> assertThat(refNames).contains(p.path("panelRefName").asText()));
    assertThat(refIds).containsExactlyInAnyOrderElementsOf(
        byType(objects, "visualization").stream().map(v -> v.path("id").asText()).toList());
  }

  @Test
  void theProductsDifferWhereTheirFormatsDo() {
    String osd = SavedObjects.ndjson(Product.OPENSEARCH_DASHBOARDS, DEFAULT, Panels.standard());
    String kibana = SavedObjects.ndjson(Product.KIBANA, DEFAULT, Panels.standard());
    assertThat(osd).contains("useNormalizedOpenSearchInterval")
        .doesNotContain("useNormalizedEsInterval");
    assertThat(kibana).contains("useNormalizedEsInterval")
        .doesNotContain("useNormalizedOpenSearchInterval");
  }

  @Test
  void idsAreStablePerPatternAndApartBetweenPatterns() {
    DashboardTarget other = new DashboardTarget("cdn-logs-*");
    assertThat(DEFAULT.dashboardId()).isEqualTo("s3logs-s3-access-logs-dashboard");
    assertThat(other.indexPatternId()).isEqualTo("s3logs-cdn-logs");
    assertThat(SavedObjects.ndjson(Product.KIBANA, other, Panels.standard()))
        .contains("\"title\":\"cdn-logs-*\"").doesNotContain("s3-access-logs");
  }

  private static List<JsonNode> read(Product product) throws IOException {
    String text = Files.readString(Path.of("src/main/resources/dashboards/"
        + product.resourceName()));
    List<JsonNode> objects = new ArrayList<>();
    for (String line : text.lines().toList()) {
      objects.add(JSON.readTree(line));
    }
    return objects;
  }

  private static List<JsonNode> byType(List<JsonNode> objects, String type) {
    return objects.stream().filter(o -> type.equals(o.path("type").asText())).toList();
  }

  private static String key(JsonNode type, JsonNode id) {
    return type.asText() + "/" + id.asText();
  }
}
