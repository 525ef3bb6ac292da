package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The logs mapping, derived from {@link dev.s3logs.document.DocumentFields}, is byte for byte the
 * mapping s3logs wrote when the table was written out in {@link Mappings}: templates installed
 * before and after are the same, and so is every query's answer.
 */
class LogsMappingTest {

  @Test
  void derivedMappingIsTheOneWrittenOutBefore() throws IOException {
    String derived = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(Mappings.logs());
    assertThat(derived).isEqualTo(expected());
  }

  private static String expected() throws IOException {
    try (InputStream in = LogsMappingTest.class.getResourceAsStream("/mappings/logs.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
