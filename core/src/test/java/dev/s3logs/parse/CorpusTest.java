package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.record.ParsedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the parser against hand-made expectations for every line of the public-samples corpus.
 *
 * <p>{@code corpus/public-samples.log} holds 80 real (and a few edited or synthetic) log lines,
 * {@code public-samples.sources.tsv} says where each came from, and
 * {@code public-samples.expected.ndjson} gives, for line N, either {@code "failure"} (the line
 * must become a {@link ParseFailure} with exactly this reason, which users see in the summary
 * and the dead letters) or {@code "fields"}: the expected value of every record
 * component that is present in the log. A component missing from {@code "fields"} is expected
 * to be absent: {@code null} for text, {@link AccessLogRecord#ABSENT} for numbers.
 */
class CorpusTest {

  private static final String DIR = "/corpus/";

  /** Components compared field by field; the id is checked separately (it is derived). */
  private static final List<RecordComponent> COMPARED =
      Arrays.stream(AccessLogRecord.class.getRecordComponents())
          .filter(c -> !c.getName().equals("id"))
          .toList();

  private static List<String> lines;
  private static List<JsonNode> expectations;
  private static Map<Integer, String> notes;

  @BeforeAll
  static synchronized void load() {
    if (lines != null) {
      return;
    }
    lines = readLines("public-samples.log");
    ObjectMapper mapper = new ObjectMapper();
    expectations = new ArrayList<>();
    for (String json : readLines("public-samples.expected.ndjson")) {
      if (json.isBlank()) {
        continue;
      }
      try {
        expectations.add(mapper.readTree(json));
      } catch (IOException e) {
        throw new UncheckedIOException("bad expectation: " + json, e);
      }
    }
    notes = new HashMap<>();
    List<String> tsv = readLines("public-samples.sources.tsv");
    for (String row : tsv.subList(1, tsv.size())) {
      String[] cols = row.split("\t", -1);
      String note = cols.length > 3 && !cols[3].isBlank() ? cols[3] : cols[1];
      notes.put(Integer.parseInt(cols[0]), note);
    }
  }

  static Stream<Arguments> corpusLines() {
    load();
    return IntStream.range(0, lines.size())
        .mapToObj(i -> Arguments.of(i + 1, lines.get(i), expectations.get(i)));
  }

  @Test
  void expectationsCoverEveryCorpusLineInOrder() {
    assertThat(lines).hasSize(80);
    assertThat(expectations).as("one expectation per corpus line").hasSize(lines.size());
    assertThat(notes.keySet()).as("one sources.tsv row per corpus line")
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, lines.size()).boxed().toList());
    Set<String> known = COMPARED.stream().map(RecordComponent::getName)
        .collect(Collectors.toSet());
    for (int i = 0; i < expectations.size(); i++) {
      JsonNode e = expectations.get(i);
      assertThat(e.path("line").asInt()).as("expectation #%d line number", i + 1)
          .isEqualTo(i + 1);
      assertThat(e.has("fields") ^ e.has("failure"))
          .as("line %d has exactly one of fields/failure", i + 1).isTrue();
      if (e.has("fields")) {
        Iterator<String> names = e.get("fields").fieldNames();
        while (names.hasNext()) {
          assertThat(known).as("line %d: expectation names an unknown field", i + 1)
              .contains(names.next());
        }
      }
    }
  }

  @ParameterizedTest(name = "line {0}")
  @MethodSource("corpusLines")
  void parsesAsExpected(int lineNumber, String line, JsonNode expectation) throws Exception {
    String context = "line " + lineNumber + " (" + notes.get(lineNumber) + ")";
    ParsedLine parsed = new AccessLogParser().parse(line);
    assertThat(parsed).as("%s: parse result", context).isNotNull();

    if (expectation.has("failure")) {
      if (parsed instanceof AccessLogRecord r) {
        fail("%s: expected a failure (%s) but got a record: %s",
            context, expectation.get("failure").asText(), r);
      }
      ParseFailure f = (ParseFailure) parsed;
      assertThat(f.reason()).as("%s: failure reason", context)
          .isEqualTo(expectation.get("failure").asText());
      assertThat(f.rawLine()).as("%s: failure keeps the raw line", context).isEqualTo(line);
      return;
    }

    if (parsed instanceof ParseFailure f) {
      fail("%s: expected a record but got a failure: %s", context, f.reason());
    }
    AccessLogRecord record = (AccessLogRecord) parsed;
    JsonNode fields = expectation.get("fields");
    SoftAssertions softly = new SoftAssertions();
    for (RecordComponent c : COMPARED) {
      String name = c.getName();
      Object actual = c.getAccessor().invoke(record);
      Object expected = expectedValue(c, fields.get(name), context);
      softly.assertThat(actual)
          .as("%s field %s", context, name)
          .isEqualTo(expected);
    }
    softly.assertAll();
  }

  private static Object expectedValue(RecordComponent c, JsonNode node, String context) {
    Class<?> type = c.getType();
    if (node == null || node.isNull()) {
      if (type == int.class) {
        return AccessLogRecord.ABSENT;
      }
      if (type == long.class) {
        return (long) AccessLogRecord.ABSENT;
      }
      return null;
    }
    if (type == int.class || type == long.class) {
      assertThat(node.isIntegralNumber())
          .as("%s: expectation for %s must be a JSON integer", context, c.getName()).isTrue();
      return type == int.class ? (Object) node.intValue() : (Object) node.longValue();
    }
    assertThat(node.isTextual())
        .as("%s: expectation for %s must be a JSON string", context, c.getName()).isTrue();
    if (type == Instant.class) {
      return Instant.parse(node.textValue());
    }
    if (type == String.class) {
      return node.textValue();
    }
    throw new AssertionError("no comparison for component type " + type + " of " + c.getName());
  }

  @Test
  void everyLineGivesARecordExceptTheExpectedFailures() {
    AccessLogParser parser = new AccessLogParser();
    Set<Integer> expectedFailures = new TreeSet<>();
    Set<Integer> actualFailures = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (expectations.get(i).has("failure")) {
        expectedFailures.add(i + 1);
      }
      if (!(parser.parse(lines.get(i)) instanceof AccessLogRecord)) {
        actualFailures.add(i + 1);
      }
    }
    assertThat(expectedFailures).as("expectations file lists line 58 as the only failure")
        .containsExactly(58);
    assertThat(actualFailures).as("lines that did not give a record").isEqualTo(expectedFailures);
  }

  @Test
  void parsingIsDeterministicAcrossCallsAndInstances() {
    AccessLogParser parser = new AccessLogParser();
    AccessLogParser other = new AccessLogParser();
    for (String line : lines) {
      ParsedLine first = parser.parse(line);
      assertThat(parser.parse(line)).isEqualTo(first);
      assertThat(other.parse(new String(line.toCharArray()))).isEqualTo(first);
    }
  }

  private static List<String> readLines(String name) {
    try (InputStream in = CorpusTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        out.add(l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
