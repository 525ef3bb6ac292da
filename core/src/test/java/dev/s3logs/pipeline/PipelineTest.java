package dev.s3logs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.ndjson.NdjsonSink;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.ListSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static final String GOOD = "owner bucket [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - 3E57427F3EXAMPLE"
      + " REST.GET.OBJECT k \"GET /k HTTP/1.1\" 200 - 1 1 1 1 \"-\" \"ua\" -";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ByteArrayOutputStream documents = new ByteArrayOutputStream();
  private final List<ParseFailure> failures = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final ParseStats stats = new ParseStats();

  @Test
  void everyNonBlankLineBecomesADocumentOrAFailureWithItsPosition() throws IOException {
    byte[] gz = gzip(GOOD + "\n\nnot a log line\r\n" + GOOD.replace("k ", "k2 ") + "\n   \n");
    run(4, object("logs/a.gz", gz));
    assertThat(keys()).containsExactly("k", "k2");
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("logs/a.gz");
      assertThat(f.lineNumber()).isEqualTo(3);
      assertThat(f.rawLine()).isEqualTo("not a log line");
    });
    assertThat(stats.lines()).isEqualTo(3);
    assertThat(stats.records()).isEqualTo(2);
    assertThat(stats.failures()).isEqualTo(1);
  }

  @Test
  void outputKeepsInputOrderAcrossManyChunksObjectsAndThreads() throws IOException {
    List<InputObject> inputs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int o = 0; o < 7; o++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 3000; i++) {
        String key = "o" + o + "-" + i;
        expected.add(key);
        text.append(GOOD.replace(" k ", " " + key + " ")).append('\n');
        if (i % 1000 == 999) {
          text.append("bad line ").append(key).append('\n');
        }
      }
      inputs.add(object("object-" + o, text.toString().getBytes(StandardCharsets.UTF_8)));
    }
    run(3, inputs.toArray(InputObject[]::new));
    assertThat(keys()).containsExactlyElementsOf(expected);
    assertThat(failures).hasSize(21);
    assertThat(failures.get(0).source()).isEqualTo("object-0");
    assertThat(failures.get(0).lineNumber()).isEqualTo(1001);
    assertThat(failures.get(20).source()).isEqualTo("object-6");
    assertThat(failures.get(20).lineNumber()).isEqualTo(3003);
  }

  @Test
  void sameDocumentsWhateverTheNumberOfThreads() throws IOException {
    byte[] text = (GOOD + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8);
    run(1, object("a", text));
    byte[] single = documents.toByteArray();
    documents.reset();
    run(2, object("a", text));
    assertThat(documents.toByteArray()).isEqualTo(single);
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheDamageAndReportsTheObject() throws IOException {
    byte[] gz = gzip((GOOD + "\n").repeat(2000));
    run(2, object("broken.gz", Arrays.copyOf(gz, gz.length / 2)),
        object("next", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(problems).singleElement().asString()
        .isEqualTo("cannot read broken.gz: unexpected end of data (a truncated gzip object?)");
    assertThat(stats.unreadableObjects()).isEqualTo(1);
    assertThat(stats.records()).isGreaterThan(1).isLessThan(2001);
  }

  @Test
  void anObjectThatVanishesBeforeReadingIsExplained() {
    InputObject gone = new InputObject() {
      @Override
      public String name() {
        return "gone.log";
      }

      @Override
      public InputStream open() throws IOException {
        throw new NoSuchFileException("gone.log");
      }
    };
    run(1, gone);
    assertThat(problems).containsExactly("cannot read gone.log: no such file (removed while reading?)");
  }

  @Test
  void gzipCutInsideItsHeaderIsExplainedNotNull() {
    run(1, object("header.gz", new byte[] {0x1f, (byte) 0x8b, 8}));
    assertThat(problems).containsExactly(
        "cannot read header.gz: unexpected end of data (a truncated gzip object?)");
  }

  @Test
  void tooLongLineIsAFailureKeepingItsBeginning() throws IOException {
    byte[] text = (GOOD + "\n" + "x".repeat(3 << 20) + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    run(2, object("big", text));
    assertThat(stats.records()).isEqualTo(2);
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.lineNumber()).isEqualTo(2);
      assertThat(f.reason()).startsWith("line is 3145728 bytes, longer than the 1048576-byte limit");
      assertThat(f.rawLine()).hasSize(1 << 20);
    });
  }

  @Test
  void failuresStayInInputOrderAroundATooLongLine() throws IOException {
    byte[] text = ("bad one\n" + GOOD + "\n" + "x".repeat(3 << 20) + "\nbad two\n")
        .getBytes(StandardCharsets.UTF_8);
    run(1, object("mixed", text));
    assertThat(failures).extracting(ParseFailure::lineNumber).containsExactly(1L, 3L, 4L);
  }

  private void run(int threads, InputObject... inputs) {
    Pipeline.run(new ListSource(List.of(inputs)), new NdjsonSink(documents, failures::add),
        PipelineSettings.of(threads), stats, problems::add);
  }

  private List<String> keys() {
    return documents.toString(StandardCharsets.UTF_8).lines().map(line -> {
      try {
        JsonNode doc = JSON.readTree(line);
        return doc.at("/aws/s3access/key").asText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
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
