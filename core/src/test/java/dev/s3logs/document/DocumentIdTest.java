package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentIdTest {

  private final DocumentId ids = new DocumentId();

  @Test
  void isTheBase64UrlOfTheFirst128BitsOfSha256() throws NoSuchAlgorithmException {
    byte[] line = "some line".getBytes(StandardCharsets.UTF_8);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(line);
    String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    assertThat(id("some line")).isEqualTo(expected).hasSize(22).matches("[A-Za-z0-9_-]{22}");
  }

  @Test
  void aLogLineIdIsItsSecondThenNinetySixBitsOfSha256() throws NoSuchAlgorithmException {
    byte[] line = "some line".getBytes(StandardCharsets.UTF_8);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(line);
    long second = 1_549_411_238L; // 2019-02-06T00:00:38Z
    byte[] expected = new byte[16];
    expected[0] = (byte) (second >>> 24);
    expected[1] = (byte) (second >>> 16);
    expected[2] = (byte) (second >>> 8);
    expected[3] = (byte) second;
    System.arraycopy(digest, 0, expected, 4, 12);
    assertThat(eventId("some line", second))
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected))
        .hasSize(22);
  }

  /**
   * The compatibility promise: these lines had these ids when they were introduced, and must keep
   * them in every later release, or re-reading old logs would duplicate every line.
   */
  @Test
  void idsNeverChange() {
    // computed independently: Python's hashlib and base64 on the same bytes
    assertThat(eventId("some line", 1_549_411_238L)).isEqualTo("XFojpnTFYWcrxpy59yKhJw");
    assertThat(eventId("79a5 bucket [06/Feb/2019:00:00:38 +0000] ...", 1_549_411_238L))
        .isEqualTo("XFojpgLOT7qcZcR2pi3PmA");
    assertThat(id("some line")).isEqualTo("dMVhZyvGnLn3IqEne2tZQw");
  }

  @Test
  void idsOfOneSecondShareTheirFirstCharactersAndKeepTheOrderOfTime() {
    String early = eventId("b", 1_700_000_000L);
    String later = eventId("a", 1_700_000_001L);
    assertThat(early.substring(0, 5)).isEqualTo(later.substring(0, 5));
    assertThat(eventId("a", 1_700_000_000L)).startsWith(early.substring(0, 5))
        .isNotEqualTo(early);
  }

  @Test
  void lineEndingsDoNotChangeTheIdButAnyOtherByteDoes() {
    assertThat(id("a b c\r\n")).isEqualTo(id("a b c")).isEqualTo(id("a b c\n"));
    assertThat(id("a b c ")).isNotEqualTo(id("a b c"));
  }

  @Test
  void sliceOfABufferHasTheIdOfTheLineAlone() {
    byte[] buffer = "xxa b cyy".getBytes(StandardCharsets.UTF_8);
    assertThat(ids.of(buffer, 2, 7)).isEqualTo(id("a b c"));
  }

  @Test
  void distinctCorpusLinesHaveDistinctIds() throws IOException {
    List<String> lines;
    try (InputStream in = DocumentIdTest.class.getResourceAsStream("/corpus/public-samples.log")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Map<String, String> lineById = new HashMap<>();
    for (String line : lines) {
      String previous = lineById.putIfAbsent(id(line), line);
      assertThat(previous == null || previous.equals(line)).as(line).isTrue();
    }
    assertThat(lineById).hasSize((int) lines.stream().distinct().count());
  }

  private String eventId(String line, long second) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return new String(ids.bytesOf(bytes, 0, bytes.length, second), StandardCharsets.US_ASCII);
  }

  private String id(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return ids.of(bytes, 0, bytes.length);
  }
}
