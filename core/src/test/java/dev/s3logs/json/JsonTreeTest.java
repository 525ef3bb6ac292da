package dev.s3logs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every tree is compared with what ObjectMapper, the reader it replaces, makes of the input. */
class JsonTreeTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @ParameterizedTest
  @ValueSource(strings = {
      "0", "-1", "2147483647", "-2147483648", "2147483648", "-2147483649",
      "9223372036854775807", "-9223372036854775808", "9223372036854775808",
      "-9223372036854775809", "123456789012345678901234567890", "1.5", "-0.0", "-0", "1e3",
      "1E-7", "2.5e+10", "1e400", "0.1000000000000000055511151231257827",
      "3.14159265358979323846264338327950288419716939937510"})
  void numbersOfEverySizeAreTheSameNodes(String number) throws IOException {
    assertSameTree("[" + number + "]");
    assertSameTree("{\"n\":" + number + "}");
    assertSameTree(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"\"", "\"plain\"", "\"caf\\u00e9 \\ud83d\\ude00 \\u0000 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\"",
      "\"café ✓ 😀\"", "true", "false", "null", "[]", "{}", "[[[]],[{}],{\"a\":[1,[2,[3]]]}]",
      "{\"a\":{\"b\":{\"c\":[true,false,null,\"x\",1.0,-7]}},\"\":\"empty key\"}",
      "{\"k\\u00e9y\":1,\"k\\u00e9y\":2}", "{\"a\":1,\"b\":2,\"a\":{\"c\":3}}",
      " \n\t{ \"spaced\" : [ 1 , 2 ] }\r\n "})
  void valuesAreTheSameNodes(String json) throws IOException {
    assertSameTree(json);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void awsSamplesAndEngineAnswersAreTheSameTrees(Path sample) throws IOException {
    assertSameTree(Files.readString(sample));
  }

  static Stream<Path> samples() throws IOException {
    List<Path> folders = List.of(Path.of("src/test/resources/notifications"),
        Path.of("src/test/resources/answers"));
    List<Path> files = folders.stream().flatMap(JsonTreeTest::list)
        .filter(file -> file.toString().endsWith(".json")).toList();
    assertThat(files).hasSizeGreaterThan(10);
    return files.stream();
  }

  @Test
  void theLastOfDuplicateKeysWinsInTheFirstOnesPlace() throws IOException {
    JsonNode tree = JsonTree.read("{\"a\":1,\"b\":2,\"a\":3}");
    assertThat(tree.toString()).isEqualTo("{\"a\":3,\"b\":2}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void emptyInputIsMissingAsForObjectMapper(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(JsonTree.read(json)).isSameAs(MissingNode.getInstance())
        .isEqualTo(MAPPER.readTree(json));
    assertThat(JsonTree.read(bytes)).isSameAs(MissingNode.getInstance())
        .isEqualTo(MAPPER.readTree(bytes));
    assertThat(JsonTree.read(new ByteArrayInputStream(bytes))).isSameAs(MissingNode.getInstance());
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"a\":}", "[1,2", "{\"a\" 1}", "{\"a\":1,}", "[1,]",
      "\"unterminated", "{'single':1}", "[01]", "NaN", "{\"a\":1}}", "[1]]", "\"\\x\"", "{]",
      "tru", "[1 2]"})
  void malformedInputFailsWithTheParsersMessage(String json) {
    assertThat(originalMessage(() -> JsonTree.read(json)))
        .isEqualTo(originalMessage(() -> MAPPER.readTree(json)));
    // Bytes go through another parser, whose messages differ a little from the one of text's
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(originalMessage(() -> JsonTree.read(bytes)))
        .isEqualTo(originalMessage(() -> MAPPER.readTree(bytes)));
    assertThat(originalMessage(() -> JsonTree.read(new ByteArrayInputStream(bytes))))
        .isEqualTo(originalMessage(() -> MAPPER.readTree(new ByteArrayInputStream(bytes))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} {}", "1 2", "[] []", "\"a\" \"b\"", "{\"a\":1} [2]", "null null"})
  void anythingAfterTheValueIsRefused(String json) {
    assertThatThrownBy(() -> MAPPER.readTree(json)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> JsonTree.read(json)).isInstanceOf(JsonParseException.class)
        .hasMessageStartingWith("Trailing token (of type ")
        .hasMessageContaining("found after the JSON value");
  }

  @Test
  void nestingIsBoundedByTheParser() throws IOException {
    assertSameTree("[".repeat(900) + "]".repeat(900));
    assertThatThrownBy(() -> JsonTree.read("[".repeat(5000) + "]".repeat(5000)))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("nesting depth");
  }

  @Test
  void theStreamIsReadToItsEndAndClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream("{\"a\":[1,2]}".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(JsonTree.read(in)).isEqualTo(MAPPER.readTree("{\"a\":[1,2]}"));
    assertThat(closed[0]).isTrue();
  }

  private static void assertSameTree(String json) throws IOException {
    JsonNode expected = MAPPER.readTree(json);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (JsonNode actual : List.of(JsonTree.read(json), JsonTree.read(bytes),
        JsonTree.read(new ByteArrayInputStream(bytes)))) {
      // equals tells int, long, BigInteger and double nodes apart; the text, the members' order
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.toString()).isEqualTo(expected.toString());
      assertSameTypes(actual, expected);
    }
  }

  private static void assertSameTypes(JsonNode actual, JsonNode expected) {
    assertThat(actual.getClass()).isEqualTo(expected.getClass());
    for (int i = 0; i < expected.size(); i++) {
      if (expected.isArray()) {
        assertSameTypes(actual.get(i), expected.get(i));
      }
    }
    expected.properties().forEach(member ->
        assertSameTypes(actual.get(member.getKey()), member.getValue()));
  }

  private interface Read {
    JsonNode run() throws IOException;
  }

  private static String originalMessage(Read read) {
    try {
      read.run();
    } catch (JsonProcessingException e) {
      return e.getOriginalMessage();
    } catch (IOException e) {
      throw new AssertionError("not a JsonProcessingException: " + e, e);
    }
    throw new AssertionError("no exception");
  }

  private static Stream<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
