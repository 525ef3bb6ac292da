package dev.s3logs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.source.InputObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ParsePipelineTest {

  private static final String GOOD = "owner bucket [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - 3E57427F3EXAMPLE"
      + " REST.GET.OBJECT k \"GET /k HTTP/1.1\" 200 - 1 1 1 1 \"-\" \"ua\" -";

  private final List<AccessLogRecord> records = new ArrayList<>();
  private final List<ParseFailure> failures = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final ParsePipeline pipeline = new ParsePipeline(records::add, failures::add, problems::add);

  @Test
  void everyNonBlankLineBecomesARecordOrAFailureWithItsPosition() throws IOException {
    byte[] gz = gzip(GOOD + "\n\nnot a log line\r\n" + GOOD.replace("k ", "k2 ") + "\n   \n");
    pipeline.process(object("logs/a.gz", gz));
    assertThat(records).extracting(AccessLogRecord::key).containsExactly("k", "k2");
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("logs/a.gz");
      assertThat(f.lineNumber()).isEqualTo(3);
      assertThat(f.rawLine()).isEqualTo("not a log line");
    });
    assertThat(pipeline.stats().lines()).isEqualTo(3);
    assertThat(pipeline.stats().records()).isEqualTo(2);
    assertThat(pipeline.stats().failures()).isEqualTo(1);
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheDamageAndReportsTheObject() throws IOException {
    byte[] gz = gzip((GOOD + "\n").repeat(2000));
    pipeline.process(object("broken.gz", Arrays.copyOf(gz, gz.length / 2)));
    pipeline.process(object("next", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(problems).singleElement().asString().startsWith("cannot read broken.gz");
    assertThat(pipeline.stats().unreadableObjects()).isEqualTo(1);
    assertThat(records.size()).isGreaterThan(1).isLessThan(2001);
    assertThat(records.get(records.size() - 1).key()).isEqualTo("k");
  }

  private static InputObject object(String name, byte[] bytes) {
    return new InputObject() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
