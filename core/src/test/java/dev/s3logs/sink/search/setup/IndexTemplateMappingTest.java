package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The log mapping and the documents the writer emits must list the same fields: with
 * {@code dynamic: false}, a document field without a mapping would be stored but never
 * searchable, and nothing else would notice.
 */
class IndexTemplateMappingTest {

  private static final Set<String> NUMBER_TYPES = Set.of("long", "integer");
  private static final Set<String> STRING_TYPES = Set.of("keyword", "ip", "date");

  @Test
  void everyFieldOfTheCorpusDocumentsIsMappedWithATypeForItsValues() {
    Map<String, String> leaves = documentLeaves();
    assertThat(leaves).as("the corpus exercises every field of the contract").hasSize(44);
    JsonNode mapping = Mappings.logs();
    leaves.forEach((path, kind) -> {
      String type = typeOf(mapping, path);
      assertThat(type).as("mapping type of %s", path).isNotNull();
      assertThat(kind.equals("number") ? NUMBER_TYPES : STRING_TYPES)
          .as("%s holds %s values but is mapped as %s", path, kind, type).contains(type);
    });
  }

  @Test
  void everyMappedFieldIsOneTheWriterEmits() {
    Set<String> mapped = new TreeSet<>();
    collectMapped(Mappings.logs(), "", mapped);
    mapped.removeAll(DocumentAliases.ALIASES.keySet());
    assertThat(mapped).as("no stale mappings").isEqualTo(documentLeaves().keySet());
  }

  /** Engines refuse a document that writes to an alias, and an alias of a missing field. */
  @Test
  void aliasesAreNeverWrittenAndNameFieldsThatAre() {
    Map<String, String> leaves = documentLeaves();
    JsonNode mapping = Mappings.logs();
    DocumentAliases.ALIASES.forEach((alias, target) -> {
      assertThat(leaves).as("documents write %s", alias).doesNotContainKey(alias);
      assertThat(leaves).as("documents write %s's target", alias).containsKey(target);
      assertThat(typeOf(mapping, alias)).isEqualTo("alias");
    });
    assertThat(DocumentAliases.ALIASES).hasSize(13);
  }

  /** Every leaf path of every document, with "number" or "string" for the kind of its values. */
  private static Map<String, String> documentLeaves() {
    Map<String, String> leaves = new TreeMap<>();
    CorpusDocuments.all().forEach(document -> collectLeaves(document, "", leaves));
    return leaves;
  }

  private static void collectLeaves(JsonNode node, String path, Map<String, String> leaves) {
    if (node.isObject()) {
      node.properties().forEach(member -> collectLeaves(member.getValue(),
          path.isEmpty() ? member.getKey() : path + "." + member.getKey(), leaves));
    } else if (node.isArray()) {
      node.forEach(element -> collectLeaves(element, path, leaves));
    } else {
      String kind = node.isNumber() ? "number" : "string";
      String before = leaves.put(path, kind);
      assertThat(before).as("%s holds both numbers and strings", path).isIn(null, kind);
    }
  }

  private static String typeOf(JsonNode mapping, String path) {
    JsonNode field = mapping;
    for (String name : path.split("\\.")) {
      field = field.path("properties").path(name);
    }
    return field.path("type").asText(null);
  }

  private static void collectMapped(JsonNode mapping, String path, Set<String> into) {
    if (mapping.has("type")) {
      into.add(path);
      return;
    }
    mapping.path("properties").properties().forEach(member -> collectMapped(member.getValue(),
        path.isEmpty() ? member.getKey() : path + "." + member.getKey(), into));
  }
}
