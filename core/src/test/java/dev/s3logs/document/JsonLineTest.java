package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JsonLine against Jackson as the oracle: whatever it writes must be one line of strictly valid
 * UTF-8 JSON that Jackson reads back to exactly the values that were written, in the same order.
 */
class JsonLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Characters that JSON requires escaping, plus their ASCII neighbours that must not be. */
  private static final char[] SPECIALS = {'"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u0001',
      '\u001f', '\u001e', '\u0010'};
  /** Bytes close in value to the specials, to trip a word-at-a-time check into a wrong answer. */
  private static final char[] NEIGHBOURS = {' ', '!', '#', '[', ']', '^', '\u007f', '~', '@', 'a', '0',
      '"' ^ 0x01, '\\' ^ 0x01, '\\' ^ 0x20, '"' ^ 0x20};

  private static final byte[] A = JsonLine.name("a");
  private static final byte[] B = JsonLine.name("b");
  private static final byte[] C = JsonLine.name("c");
  private static final byte[] D = JsonLine.name("d");

  // ---------------------------------------------------------------- structure

  @Test
  void emptyObjectIsBracesAndNewline() {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.endLine();
    assertThat(text(json)).isEqualTo("{}\n");
  }

  @Test
  void nameIsQuotedAndFollowedByAColon() {
    assertThat(new String(JsonLine.name("event.id"), StandardCharsets.UTF_8)).isEqualTo("\"event.id\":");
    assertThat(new String(JsonLine.name("é"), StandardCharsets.UTF_8)).isEqualTo("\"é\":");
  }

  @Test
  void membersAreSeparatedByCommasAtEveryNestingLevel() throws IOException {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.string(A, "x");
    json.beginObject(B);
    json.number(A, 1);
    json.beginObject(B);
    json.string(C, "deep");
    json.endObject();
    json.number(C, 2);
    json.beginObject(D);
    json.endObject();
    json.endObject();
    json.array(C, "one");
    json.plain(D, "2019-02-06T00:00:38.000Z".getBytes(StandardCharsets.US_ASCII));
    json.endLine();

    ObjectNode expected = NODES.objectNode();
    expected.put("a", "x");
    ObjectNode b = expected.putObject("b");
    b.put("a", 1);
    b.putObject("b").put("c", "deep");
    b.put("c", 2);
    b.putObject("d");
    expected.putArray("c").add("one");
    expected.put("d", "2019-02-06T00:00:38.000Z");

    // Nothing here needs escaping, so Jackson's own compact form is the exact expected text.
    assertThat(text(json)).isEqualTo(JSON.writeValueAsString(expected) + "\n");
    assertSameTree(json.toByteArray(), expected);
  }

  @Test
  void objectsNestedDeeplyCloseCorrectlyAndSiblingsAfterThemGetCommas() throws IOException {
    JsonLine json = new JsonLine();
    ObjectNode expected = NODES.objectNode();
    json.beginObject();
    ObjectNode current = expected;
    List<ObjectNode> path = new ArrayList<>();
    for (int level = 0; level < 40; level++) {
      json.number(A, level);
      current.put("a", level);
      json.beginObject(B);
      path.add(current);
      current = current.putObject("b");
    }
    for (int level = 39; level >= 0; level--) {
      json.string(C, "leaf" + level);
      current.put("c", "leaf" + level);
      json.endObject();
      current = path.remove(path.size() - 1);
    }
    json.string(D, "end");
    current.put("d", "end");
    json.endLine();
    assertThat(text(json)).isEqualTo(JSON.writeValueAsString(expected) + "\n");
  }

  @Test
  void randomDocumentsMatchAJacksonTreeBuiltAlongside() throws IOException {
    Random random = new Random(20240607);
    JsonLine json = new JsonLine();
    for (int round = 0; round < 2_000; round++) {
      json.reset();
      boolean ascii = asciiMode(json, random);
      ObjectNode expected = NODES.objectNode();
      json.beginObject();
      writeRandomMembers(json, expected, random, 0, ascii);
      json.endLine();
      byte[] bytes = json.toByteArray();
      assertSameTree(bytes, expected);
    }
  }

  private static boolean asciiMode(JsonLine json, Random random) {
    boolean ascii = random.nextBoolean();
    json.asciiStrings(ascii);
    return ascii;
  }

  private static void writeRandomMembers(JsonLine json, ObjectNode expected, Random random, int depth,
      boolean ascii) {
    int members = random.nextInt(6);
    for (int m = 0; m < members; m++) {
      String name = "m" + m;
      byte[] encoded = JsonLine.name(name);
      int kind = random.nextInt(depth < 4 ? 7 : 6);
      switch (kind) {
        case 0 -> {
          String value = random.nextInt(4) == 0 ? null : randomString(random, 12, ascii);
          json.string(encoded, value);
          if (value != null) {
            expected.put(name, value);
          }
        }
        case 1 -> {
          long value = randomLong(random);
          json.number(encoded, value);
          if (value >= 0) {
            expected.put(name, value);
          }
        }
        case 2 -> {
          String value = randomString(random, 12, true);
          int from = value.isEmpty() ? 0 : random.nextInt(value.length() + 1);
          int to = from + random.nextInt(value.length() - from + 1);
          json.slice(encoded, value, from, to);
          expected.put(name, value.substring(from, to));
        }
        case 3 -> {
          String value = randomString(random, 12, ascii);
          json.array(encoded, value);
          expected.putArray(name).add(value);
        }
        case 4 -> {
          String value = "2026-11-0" + random.nextInt(10) + "T00:00:00.000Z";
          json.plain(encoded, value.getBytes(StandardCharsets.US_ASCII));
          expected.put(name, value);
        }
        case 5 -> {
          json.beginObject(encoded);
          json.endObject();
          expected.putObject(name);
        }
        default -> {
          json.beginObject(encoded);
          writeRandomMembers(json, expected.putObject(name), random, depth + 1, ascii);
          json.endObject();
        }
      }
    }
  }

  private static long randomLong(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> -1 - random.nextInt(1000);
      case 1 -> random.nextInt(10);
      case 2 -> Long.MAX_VALUE - random.nextInt(10);
      case 3 -> Long.MIN_VALUE + random.nextInt(10);
      default -> random.nextLong() & Long.MAX_VALUE;
    };
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void numbersAreWrittenInDecimalAndReadBackExactly() throws IOException {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, 9L, 10L, 11L, 99L, 100L, 101L, 123_456_789L,
        Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MAX_VALUE - 1));
    for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
      values.add(p);
      values.add(p - 1);
      values.add(p + 1);
      values.add(p * 10 - 1);
    }
    JsonLine json = new JsonLine();
    for (long value : values) {
      json.reset();
      json.beginObject();
      json.number(A, value);
      json.endLine();
      assertThat(text(json)).isEqualTo("{\"a\":" + Long.toString(value) + "}\n");
      JsonNode node = JSON.readTree(json.toByteArray()).get("a");
      assertThat(node.isIntegralNumber()).isTrue();
      assertThat(node.longValue()).isEqualTo(value);
    }
  }

  @Test
  void negativeNumbersAreOmittedWithoutStrayCommas() throws IOException {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.number(A, -1);
    json.number(B, 0);
    json.number(C, Long.MIN_VALUE);
    json.number(D, 7);
    json.number(A, -42);
    json.endLine();
    assertThat(text(json)).isEqualTo("{\"b\":0,\"d\":7}\n");

    json.reset();
    json.beginObject();
    json.number(A, -1);
    json.beginObject(B);
    json.number(C, -1);
    json.endObject();
    json.number(D, -5);
    json.endLine();
    assertThat(text(json)).isEqualTo("{\"b\":{}}\n");
    assertThat(JSON.readTree(json.toByteArray()).get("b").isEmpty()).isTrue();
  }

  @Test
  void nullStringsAreOmittedWithoutStrayCommas() {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.string(A, null);
    json.string(B, "x");
    json.string(C, null);
    json.string(D, "");
    json.string(A, null);
    json.endLine();
    assertThat(text(json)).isEqualTo("{\"b\":\"x\",\"d\":\"\"}\n");

    json.reset();
    json.beginObject();
    json.string(A, null);
    json.endLine();
    assertThat(text(json)).isEqualTo("{}\n");
  }

  // ---------------------------------------------------------------- slice, plain, array

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void sliceWritesOnlyTheRangeForEveryRange(boolean ascii) throws IOException {
    String value = "GET /a\"b\\c?d=\te HTTP/1.1 \u0001end of the request line with more words";
    JsonLine json = new JsonLine();
    json.asciiStrings(ascii);
    for (int from = 0; from <= value.length(); from++) {
      for (int to = from; to <= value.length(); to++) {
        json.reset();
        json.beginObject();
        json.slice(A, value, from, to);
        json.string(B, "after");
        json.endLine();
        JsonNode doc = readStrict(json.toByteArray());
        assertThat(doc.get("a").textValue()).as("slice [%d, %d)", from, to).isEqualTo(value.substring(from, to));
        assertThat(doc.get("b").textValue()).isEqualTo("after");
      }
    }
  }

  @Test
  void sliceOfNonAsciiTextInSafeMode() throws IOException {
    String value = "é中😀a\"b😀";
    JsonLine json = new JsonLine();
    int[] boundaries = {0, 1, 2, 4, 5, 6, 7, 9};
    for (int i = 0; i < boundaries.length; i++) {
      for (int j = i; j < boundaries.length; j++) {
        json.reset();
        json.beginObject();
        json.slice(A, value, boundaries[i], boundaries[j]);
        json.endLine();
        assertThat(readStrict(json.toByteArray()).get("a").textValue())
            .isEqualTo(value.substring(boundaries[i], boundaries[j]));
      }
    }
  }

  @Test
  void plainCopiesTheBytesBetweenQuotes() throws IOException {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.plain(A, "2019-02-06T00:00:38.000Z".getBytes(StandardCharsets.US_ASCII));
    json.plain(B, new byte[0]);
    json.endLine();
    assertThat(text(json)).isEqualTo("{\"a\":\"2019-02-06T00:00:38.000Z\",\"b\":\"\"}\n");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void arrayIsAOneElementArrayOfTheEscapedString(boolean ascii) throws IOException {
    JsonLine json = new JsonLine();
    json.asciiStrings(ascii);
    json.beginObject();
    json.array(A, "web");
    json.array(B, "");
    json.array(C, "q\"uo\\te\n");
    json.endLine();
    ObjectNode expected = NODES.objectNode();
    expected.putArray("a").add("web");
    expected.putArray("b").add("");
    expected.putArray("c").add("q\"uo\\te\n");
    assertSameTree(json.toByteArray(), expected);
    assertThat(text(json)).startsWith("{\"a\":[\"web\"],\"b\":[\"\"],\"c\":[");
  }

  @Test
  void arrayWithNonAsciiInSafeMode() throws IOException {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.array(A, "中文 😀 é");
    json.endLine();
    ArrayNode array = (ArrayNode) readStrict(json.toByteArray()).get("a");
    assertThat(array).hasSize(1);
    assertThat(array.get(0).textValue()).isEqualTo("中文 😀 é");
  }

  // ---------------------------------------------------------------- escaping

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void asciiCharactersThatNeedEscapingRoundTrip(boolean ascii) throws IOException {
    List<String> values = new ArrayList<>(List.of("", "plain", "\"", "\\", "\"\"", "\\\\", "\\\"", "a\"b",
        "a\\b", "line\nbreak", "cr\rlf\n", "tab\there", "\b\f", "/slash/", "end\\", "end\"", "\"start",
        "\\start", "\u007fdel", "~^[]{}"));
    for (char c = 0; c < 0x20; c++) {
      values.add(String.valueOf(c));
      values.add("x" + c + "y");
    }
    JsonLine json = new JsonLine();
    json.asciiStrings(ascii);
    for (String value : values) {
      json.reset();
      json.beginObject();
      json.string(A, value);
      json.string(B, "next");
      json.endLine();
      byte[] bytes = json.toByteArray();
      JsonNode doc = readStrict(bytes);
      assertThat(doc.get("a").textValue()).as("value %s", visible(value)).isEqualTo(value);
      assertThat(doc.get("b").textValue()).isEqualTo("next");
    }
  }

  @Test
  void controlCharactersAreNeverWrittenRaw() {
    JsonLine json = new JsonLine();
    for (boolean ascii : new boolean[] {false, true}) {
      json.asciiStrings(ascii);
      json.reset();
      json.beginObject();
      StringBuilder all = new StringBuilder();
      for (char c = 0; c < 0x20; c++) {
        all.append(c);
      }
      json.string(A, all.toString());
      json.slice(B, all.toString(), 3, 20);
      json.array(C, all.toString());
      json.endLine();
      byte[] bytes = json.toByteArray();
      assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
      for (int i = 0; i < bytes.length - 1; i++) {
        assertThat(bytes[i] & 0xff).as("byte %d in ascii=%s", i, ascii).isGreaterThanOrEqualTo(0x20);
      }
    }
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8InSafeMode() throws IOException {
    List<String> values = List.of("é", "café", "中", "中文字符", "😀", "a😀b", "😀😀", "\"😀\"", "é\n中\t😀\\",
        "\u0080", "\u07ff", "\u0800", "\uffff", "\ud800\udc00", "\udbff\udfff", "ÿ", "ascii first then é",
        "é then ascii \" with quote");
    JsonLine json = new JsonLine();
    json.asciiStrings(false);
    for (String value : values) {
      json.reset();
      json.beginObject();
      json.string(A, value);
      json.array(B, value);
      json.endLine();
      byte[] bytes = json.toByteArray();
      JsonNode doc = readStrict(bytes);
      assertThat(doc.get("a").textValue()).as("value %s", visible(value)).isEqualTo(value);
      assertThat(doc.get("b").get(0).textValue()).isEqualTo(value);
      // Raw UTF-8, not \\u escapes: the encoded value appears in the output as-is.
      if (value.chars().noneMatch(c -> c < 0x20 || c == '"' || c == '\\')) {
        assertThat(indexOf(bytes, ("\"" + value + "\"").getBytes(StandardCharsets.UTF_8))).isPositive();
      }
    }
  }

  /**
   * Java strings can hold unpaired surrogates; whatever JsonLine makes of them, the line must stay
   * valid UTF-8 JSON and the characters around them, escapes included, must survive.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "a\ud800", "\ud800b", "\udc00", "a\udc00b", "\udc00\ud800",
      "\ud800\"", "\ud800\\", "\ud800\n", "\ud800\u0001", "\ud800\ud800", "\ud800é"})
  void brokenSurrogatesStillGiveValidJson(String value) throws IOException {
    JsonLine json = new JsonLine();
    json.asciiStrings(false);
    json.beginObject();
    json.string(A, value);
    json.string(B, "next");
    json.endLine();
    JsonNode doc = readStrict(json.toByteArray());
    assertThat(doc.get("b").textValue()).as("value %s", visible(value)).isEqualTo("next");
    String read = doc.get("a").textValue();
    assertThat(read).as("value %s", visible(value)).hasSize(value.length());
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isSurrogate(value.charAt(i))) {
        assertThat(read.charAt(i)).as("char %d of %s", i, visible(value)).isEqualTo(value.charAt(i));
      }
    }
  }

  @Test
  void splittingASurrogatePairWithSliceStillGivesValidJson() throws IOException {
    String value = "a😀b";
    JsonLine json = new JsonLine();
    for (int[] range : new int[][] {{0, 2}, {2, 4}, {1, 2}, {2, 3}}) {
      json.reset();
      json.beginObject();
      json.slice(A, value, range[0], range[1]);
      json.string(B, "next");
      json.endLine();
      JsonNode doc = readStrict(json.toByteArray());
      assertThat(doc.get("b").textValue()).isEqualTo("next");
    }
  }

  /**
   * In ASCII mode escapes are found eight bytes at a time; a special character at any position
   * relative to the word boundaries (which depend on both the string and what precedes it in the
   * buffer) must be found.
   */
  @Test
  void asciiModeFindsEverySpecialCharacterAtEveryWordPosition() throws IOException {
    JsonLine json = new JsonLine();
    json.asciiStrings(true);
    int checked = 0;
    for (int shift = 0; shift < 8; shift++) {
      byte[] name = JsonLine.name("n" + "x".repeat(shift));
      String nameText = "n" + "x".repeat(shift);
      for (int length = 0; length <= 40; length++) {
        for (char filler : NEIGHBOURS) {
          String base = String.valueOf(filler).repeat(length);
          // No special at all: must come back unchanged too.
          checkAsciiRoundTrip(json, name, nameText, base);
          for (int position = 0; position < length; position++) {
            for (char special : SPECIALS) {
              char[] chars = base.toCharArray();
              chars[position] = special;
              checkAsciiRoundTrip(json, name, nameText, new String(chars));
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  @Test
  void asciiModeFindsASpecialCharacterInTheTailAfterCleanWords() throws IOException {
    JsonLine json = new JsonLine();
    json.asciiStrings(true);
    for (int words = 0; words <= 4; words++) {
      for (int tail = 1; tail <= 7; tail++) {
        for (int position = 0; position < tail; position++) {
          for (char special : SPECIALS) {
            char[] chars = "abcdefgh".repeat(words).concat("ABCDEFG".substring(0, tail)).toCharArray();
            chars[words * 8 + position] = special;
            checkAsciiRoundTrip(json, A, "a", new String(chars));
          }
        }
      }
    }
  }

  @Test
  void asciiModeWithSpecialsInTwoPlaces() throws IOException {
    JsonLine json = new JsonLine();
    json.asciiStrings(true);
    for (int length = 2; length <= 24; length++) {
      for (int first = 0; first < length; first++) {
        for (int second = first + 1; second < length; second++) {
          char[] chars = "Z".repeat(length).toCharArray();
          chars[first] = '"';
          chars[second] = '\u0001';
          checkAsciiRoundTrip(json, A, "a", new String(chars));
          chars[first] = '\\';
          chars[second] = '\\';
          checkAsciiRoundTrip(json, A, "a", new String(chars));
        }
      }
    }
  }

  private static void checkAsciiRoundTrip(JsonLine json, byte[] name, String nameText, String value)
      throws IOException {
    json.reset();
    json.beginObject();
    json.string(name, value);
    json.number(B, 5);
    json.endLine();
    JsonNode doc = readStrict(json.toByteArray());
    assertThat(doc.get(nameText).textValue()).as("value %s", visible(value)).isEqualTo(value);
    assertThat(doc.get("b").longValue()).isEqualTo(5);
  }

  @Test
  void randomAsciiStringsRoundTripInBothModes() throws IOException {
    Random random = new Random(0x5eed);
    JsonLine safe = new JsonLine();
    safe.asciiStrings(false);
    JsonLine fast = new JsonLine();
    fast.asciiStrings(true);
    for (int round = 0; round < 20_000; round++) {
      int count = 1 + random.nextInt(5);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        values.add(randomString(random, 70, true));
      }
      for (JsonLine json : new JsonLine[] {safe, fast}) {
        json.reset();
        json.beginObject();
        for (int i = 0; i < count; i++) {
          json.string(JsonLine.name("k" + i), values.get(i));
        }
        json.endLine();
        JsonNode doc = readStrict(json.toByteArray());
        assertThat(doc.size()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
          assertThat(doc.get("k" + i).textValue()).as("round %d value %s", round, visible(values.get(i)))
              .isEqualTo(values.get(i));
        }
      }
    }
  }

  @Test
  void randomUnicodeStringsRoundTripInSafeMode() throws IOException {
    Random random = new Random(77);
    JsonLine json = new JsonLine();
    json.asciiStrings(false);
    for (int round = 0; round < 5_000; round++) {
      String value = randomString(random, 50, false);
      json.reset();
      json.beginObject();
      json.string(A, value);
      json.endLine();
      assertThat(readStrict(json.toByteArray()).get("a").textValue()).as("value %s", visible(value))
          .isEqualTo(value);
    }
  }

  // ---------------------------------------------------------------- buffer

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void bufferGrowsBeyondSixtyFourKibForOneHugeString(boolean ascii) throws IOException {
    String value = "x".repeat(150_000) + "\"\\\n" + "y".repeat(70_000);
    JsonLine json = new JsonLine();
    json.asciiStrings(ascii);
    json.beginObject();
    json.string(A, value);
    json.number(B, 123);
    json.endLine();
    assertThat(json.size()).isGreaterThan(220_000);
    JsonNode doc = readStrict(json.toByteArray());
    assertThat(doc.get("a").textValue()).isEqualTo(value);
    assertThat(doc.get("b").longValue()).isEqualTo(123);
  }

  @Test
  void bufferGrowsForMultiByteTextThatOutgrowsTheCharCount() throws IOException {
    // 40,000 chars that take three bytes each: 120,000 bytes from a string of 40,000 chars.
    String value = "中".repeat(20_000) + "😀".repeat(10_000) + "é\"".repeat(5_000);
    JsonLine json = new JsonLine();
    json.beginObject();
    json.string(A, value);
    json.array(B, value);
    json.endLine();
    JsonNode doc = readStrict(json.toByteArray());
    assertThat(doc.get("a").textValue()).isEqualTo(value);
    assertThat(doc.get("b").get(0).textValue()).isEqualTo(value);
  }

  @Test
  void bufferGrowsWithManySmallMembersAndLines() throws IOException {
    JsonLine json = new JsonLine();
    json.asciiStrings(true);
    int lines = 3_000;
    for (int line = 0; line < lines; line++) {
      json.beginObject();
      json.number(A, line);
      json.string(B, "value \"" + line + "\" of some length to fill the buffer");
      json.beginObject(C);
      json.plain(D, ("p" + line).getBytes(StandardCharsets.US_ASCII));
      json.endObject();
      json.endLine();
    }
    assertThat(json.size()).isGreaterThan(3 * 65_536);
    String text = new String(json.toByteArray(), StandardCharsets.UTF_8);
    List<String> all = text.lines().toList();
    assertThat(all).hasSize(lines);
    for (int line = 0; line < lines; line++) {
      JsonNode doc = JSON.readTree(all.get(line));
      assertThat(doc.get("a").longValue()).isEqualTo(line);
      assertThat(doc.get("b").textValue()).isEqualTo("value \"" + line + "\" of some length to fill the buffer");
      assertThat(doc.at("/c/d").textValue()).isEqualTo("p" + line);
    }
  }

  @Test
  void sizeCountsTheBytesWritten() {
    JsonLine json = new JsonLine();
    assertThat(json.size()).isZero();
    json.beginObject();
    assertThat(json.size()).isEqualTo(1);
    json.string(A, "é");
    assertThat(json.size()).isEqualTo(1 + 4 + 4);
    json.endLine();
    assertThat(json.size()).isEqualTo(json.toByteArray().length).isEqualTo(11);
  }

  @Test
  void writeToWritesEverythingAndEmptiesTheBuffer() throws IOException {
    JsonLine json = new JsonLine();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.beginObject();
    json.string(A, "one");
    json.endLine();
    json.beginObject();
    json.string(A, "two");
    json.endLine();
    json.writeTo(out);
    assertThat(json.size()).isZero();
    assertThat(json.toByteArray()).isEmpty();
    json.beginObject();
    json.string(A, "three");
    json.number(B, 3);
    json.endLine();
    json.writeTo(out);
    json.writeTo(out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":\"one\"}\n{\"a\":\"two\"}\n{\"a\":\"three\",\"b\":3}\n");
  }

  @Test
  void writeToAfterGrowthWritesAllBytes() throws IOException {
    JsonLine json = new JsonLine();
    String value = "v".repeat(200_000);
    json.beginObject();
    json.string(A, value);
    json.endLine();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeTo(out);
    assertThat(readStrict(out.toByteArray()).get("a").textValue()).isEqualTo(value);
  }

  @Test
  void toByteArrayIsACopyAndDoesNotConsume() {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.string(A, "x");
    json.endLine();
    byte[] first = json.toByteArray();
    first[2] = 'Z';
    byte[] second = json.toByteArray();
    assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"x\"}\n");
    assertThat(json.size()).isEqualTo(second.length);
  }

  @Test
  void resetDiscardsAHalfWrittenDocument() throws IOException {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.string(A, "lost");
    json.beginObject(B);
    json.number(C, 1);
    json.beginObject(D);
    json.reset();
    assertThat(json.size()).isZero();
    json.beginObject();
    json.string(A, "kept");
    json.beginObject(B);
    json.number(C, 2);
    json.endObject();
    json.endLine();
    assertThat(text(json)).isEqualTo("{\"a\":\"kept\",\"b\":{\"c\":2}}\n");
  }

  @Test
  void consecutiveLinesDoNotShareCommaState() {
    JsonLine json = new JsonLine();
    for (int i = 0; i < 3; i++) {
      json.beginObject();
      json.beginObject(A);
      json.number(B, i);
      json.endObject();
      json.endLine();
    }
    assertThat(text(json)).isEqualTo("{\"a\":{\"b\":0}}\n{\"a\":{\"b\":1}}\n{\"a\":{\"b\":2}}\n");
  }

  @Test
  void switchingModesBetweenStringsKeepsEveryValue() throws IOException {
    JsonLine json = new JsonLine();
    json.beginObject();
    json.asciiStrings(false);
    json.string(A, "中\"");
    json.asciiStrings(true);
    json.string(B, "ascii\\\"");
    json.asciiStrings(false);
    json.string(C, "😀");
    json.endLine();
    JsonNode doc = readStrict(json.toByteArray());
    assertThat(doc.get("a").textValue()).isEqualTo("中\"");
    assertThat(doc.get("b").textValue()).isEqualTo("ascii\\\"");
    assertThat(doc.get("c").textValue()).isEqualTo("😀");
  }

  // ---------------------------------------------------------------- helpers

  /** Mostly ordinary characters, often a special one, sometimes (when allowed) non-ASCII. */
  @Test
  void plainStringsAreWrittenAsTheSafeModeWritesCleanText() throws IOException {
    Random random = new Random(21);
    for (int i = 0; i < 2_000; i++) {
      String value = randomString(random, 60, true).replaceAll("[\\x00-\\x1f\"\\\\]", "x");
      JsonLine safe = new JsonLine();
      JsonLine plain = new JsonLine();
      plain.plainStrings();
      for (JsonLine json : List.of(safe, plain)) {
        json.beginObject();
        json.string(JsonLine.name("v"), value);
        json.array(JsonLine.name("a"), value);
        json.endLine();
      }
      assertThat(plain.toByteArray()).isEqualTo(safe.toByteArray());
      assertThat(readStrict(plain.toByteArray()).get("v").asText()).isEqualTo(value);
    }
  }

  @Test
  void asciiStringsAfterPlainStringsChecksAgain() throws IOException {
    JsonLine json = new JsonLine();
    json.plainStrings();
    json.asciiStrings(true);
    json.beginObject();
    json.string(JsonLine.name("v"), "a\"b");
    json.endLine();
    assertThat(readStrict(json.toByteArray()).get("v").asText()).isEqualTo("a\"b");
  }

  private static String randomString(Random random, int maxLength, boolean asciiOnly) {
    int length = maxLength == 0 ? 0 : random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(asciiOnly ? 10 : 13);
      if (kind < 6) {
        sb.append((char) (0x20 + random.nextInt(0x60)));
      } else if (kind < 8) {
        sb.append(SPECIALS[random.nextInt(SPECIALS.length)]);
      } else if (kind < 10) {
        sb.append((char) random.nextInt(0x80));
      } else if (kind == 10) {
        sb.append((char) (0x80 + random.nextInt(0x780)));
      } else if (kind == 11) {
        sb.append((char) (0x800 + random.nextInt(0xd800 - 0x800)));
      } else {
        sb.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
      }
    }
    return sb.toString();
  }

  private static String text(JsonLine json) {
    return new String(json.toByteArray(), StandardCharsets.UTF_8);
  }

  /** Strict UTF-8, exactly one line, then Jackson. */
  private static JsonNode readStrict(byte[] bytes) throws IOException {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new AssertionError("not valid UTF-8: " + e, e);
    }
    assertThat(bytes).isNotEmpty();
    assertThat(bytes[bytes.length - 1]).as("ends with a newline").isEqualTo((byte) '\n');
    for (int i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] == '\n') {
        throw new AssertionError("raw newline at " + i + " in " + visible(new String(bytes, StandardCharsets.UTF_8)));
      }
    }
    try {
      return JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not valid JSON: " + visible(new String(bytes, StandardCharsets.UTF_8))
          + ": " + e.getOriginalMessage(), e);
    }
  }

  private static void assertSameTree(byte[] bytes, ObjectNode expected) throws IOException {
    JsonNode actual = readStrict(bytes);
    // Jackson re-serialises both trees the same way, so this compares values and member order
    // (tree equality would ignore order and tell an int node from a long node of equal value).
    assertThat(JSON.writeValueAsString(actual)).isEqualTo(JSON.writeValueAsString(expected));
    assertThat(fieldOrder(actual)).isEqualTo(fieldOrder(expected));
  }

  private static List<String> fieldOrder(JsonNode node) {
    List<String> names = new ArrayList<>();
    collect(node, "", names);
    return names;
  }

  private static void collect(JsonNode node, String path, List<String> names) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        names.add(path + "/" + name);
        collect(node.get(name), path + "/" + name, names);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String visible(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
