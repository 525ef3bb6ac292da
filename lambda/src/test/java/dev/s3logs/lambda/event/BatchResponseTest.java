package dev.s3logs.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchResponseTest {

  @Test
  void namesTheFailedMessagesAndNothingElse() throws IOException {
    assertThat(written(List.of("m-1", "m\"2"))).isEqualTo(
        "{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"},{\"itemIdentifier\":\"m\\\"2\"}]}");
    assertThat(written(List.of())).isEqualTo("{\"batchItemFailures\":[]}");
  }

  private static String written(List<String> ids) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchResponse.write(ids, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
