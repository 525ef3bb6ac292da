package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.record.ParseFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureWriterTest {

  @Test
  void everyFailureIsOneJsonLineKeepingTheRawTextWhole() throws IOException {
    List<ParseFailure> failures = List.of(
        new ParseFailure("logs/a", 1, "empty line", ""),
        new ParseFailure("logs/a \"b\"", 58, "a second [time]", "x \"y\" \\ \t\u0001 \u00e9\u4e2d\ud83d\ude00"),
        new ParseFailure("-", 4_000_000_000L, "reason", "r".repeat(70_000)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FailureWriter writer = new FailureWriter(out);
    failures.forEach(writer::write);
    writer.close();
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(failures.size());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode record = json.readTree(lines.get(i));
      ParseFailure expected = failures.get(i);
      assertThat(record.get("source").asText()).isEqualTo(expected.source());
      assertThat(record.get("line").asLong()).isEqualTo(expected.lineNumber());
      assertThat(record.get("reason").asText()).isEqualTo(expected.reason());
      assertThat(record.get("raw").asText()).isEqualTo(expected.rawLine());
    }
  }

  @Test
  void aLineThatIsNotUtf8KeepsItsExactBytes() throws IOException {
    byte[] line = {'a', ' ', (byte) 0xff, (byte) 0xc3, '"', (byte) 0x80, 'z'};
    ParseFailure failure = ParseFailure.of("bin", 3, "no operation", line, 0, line.length);
    ParseFailure valid = ParseFailure.of("txt", 4, "empty line", "\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8), 0, 5);
    assertThat(valid.rawLine()).isEqualTo("\u00e9t\u00e9");
    assertThat(valid.rawBase64()).isNull();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FailureWriter writer = new FailureWriter(out);
    writer.write(failure);
    writer.write(valid);
    writer.close();
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    JsonNode record = new ObjectMapper().readTree(lines.get(0));
    assertThat(record.get("raw").asText()).startsWith("a \ufffd");
    assertThat(Base64.getDecoder().decode(record.get("raw_base64").asText())).isEqualTo(line);
    assertThat(new ObjectMapper().readTree(lines.get(1)).has("raw_base64")).isFalse();
  }
}
