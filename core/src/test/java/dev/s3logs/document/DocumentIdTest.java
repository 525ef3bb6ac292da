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

  private String id(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return ids.of(bytes, 0, bytes.length);
  }
}
