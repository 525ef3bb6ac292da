package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import dev.s3logs.pipeline.ChunkToNdjson;
import dev.s3logs.pipeline.LineChunk;
import dev.s3logs.pipeline.ObjectProgress;
import dev.s3logs.source.Acknowledgement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link DocumentWriter} against the one definition of the fields: over the
 * public samples and generated traffic, every member it writes is defined with the JSON type
 * written, and every defined field is written somewhere.
 */
class DocumentFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LINES_PER_CHUNK = 500;
  /** Each leaf path written, with the JSON types seen there. */
  private static final Map<String, String> WRITTEN = new TreeMap<>();

  @BeforeAll
  static void writeDocuments() throws IOException {
    List<String> lines = Stream.concat(corpus().stream(), generated().stream()).toList();
    for (int from = 0; from < lines.size(); from += LINES_PER_CHUNK) {
      List<String> part = lines.subList(from, Math.min(lines.size(), from + LINES_PER_CHUNK));
      for (String document : documents(part)) {
        leaves("", JSON.readTree(document));
      }
    }
  }

  @Test
  void everyWrittenMemberIsDefinedWithItsType() {
    Map<String, String> defined = DocumentFields.ALL.stream()
        .collect(Collectors.toMap(DocumentField::path, field -> jsonType(field.value())));
    assertThat(WRITTEN).hasSizeGreaterThan(30);
    WRITTEN.forEach((path, type) -> assertThat(type).as(path).isEqualTo(defined.get(path)));
  }

  @Test
  void everyDefinedFieldIsWritten() {
    assertThat(WRITTEN.keySet()).containsAll(
        DocumentFields.ALL.stream().map(DocumentField::path).toList());
  }

  @Test
  void noFieldIsDefinedTwice() {
    assertThat(DocumentFields.ALL.stream().map(DocumentField::path)).doesNotHaveDuplicates();
  }

  private static String jsonType(DocumentField.Value value) {
    return switch (value) {
      case TIMESTAMP, STRING, IP -> "string";
      case LONG, INTEGER -> "number";
      case STRING_LIST -> "array of string";
    };
  }

  private static void leaves(String prefix, JsonNode node) {
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String path = prefix + member.getKey();
      JsonNode value = member.getValue();
      if (value.isObject()) {
        leaves(path + ".", value);
      } else {
        WRITTEN.merge(path, type(value), (a, b) -> a.equals(b) ? a : a + " and " + b);
      }
    }
  }

  private static String type(JsonNode value) {
    if (value.isArray()) {
      Map<String, Boolean> items = new HashMap<>();
      value.forEach(item -> items.put(type(item), true));
      return "array of " + String.join(",", new TreeMap<>(items).keySet());
    }
    return value.isTextual() ? "string" : value.isIntegralNumber() ? "number"
        : value.getNodeType().name().toLowerCase();
  }

  private static List<String> documents(List<String> lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    LineChunk chunk = new LineChunk();
    assertThat(chunk.add(new ObjectProgress("lines", Acknowledgement.NONE), bytes, 0,
        bytes.length, 1)).isTrue();
    byte[] ndjson = new ChunkToNdjson().apply(chunk).documents();
    return new String(ndjson, StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> corpus() throws IOException {
    try (InputStream in = DocumentFieldsTest.class.getResourceAsStream(
        "/corpus/public-samples.log")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static List<String> generated() {
    SyntheticLogGenerator generator = new SyntheticLogGenerator(
        GeneratorOptions.defaults().withLines(20_000).withSeed(7));
    return Stream.generate(generator::nextLine).limit(20_000).toList();
  }
}
