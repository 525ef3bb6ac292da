package dev.s3logs.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.discard.DiscardSink;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class FixedSourceTest {

  private static final String LINE = "owner bucket [06/Feb/2019:00:00:38 +0000] 192.0.2.3 -"
      + " 3E57427F3EXAMPLE REST.GET.OBJECT k \"GET /k HTTP/1.1\" 200 - 1 1 1 1 \"-\" \"ua\" -\n";

  private final Map<String, String> outcomes = new ConcurrentHashMap<>();

  @Test
  void eachObjectIsAcknowledgedToItsOwnAcknowledgement() {
    FixedSource source = new FixedSource(List.of(object("a", LINE.repeat(3)),
        object("gone", null), object("b", "")));
    DiscardSink sink = new DiscardSink();
    Pipeline.run(source, sink, PipelineSettings.of(2), new ParseStats(), problem -> { });
    assertThat(source.finished()).isTrue();
    assertThat(sink.documents()).isEqualTo(3);
    assertThat(outcomes).containsOnly(Map.entry("a", "done"), Map.entry("b", "done"),
        Map.entry("gone", "failed: cannot read gone: no such file (removed while reading?)"));
  }

  private SourceObject object(String name, String text) {
    InputObject input = new InputObject() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        if (text == null) {
          throw new NoSuchFileException(name);
        }
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }
    };
    return new SourceObject(input, new Acknowledgement() {
      @Override
      public void done() {
        outcomes.put(name, "done");
      }

      @Override
      public void failed(String reason) {
        outcomes.put(name, "failed: " + reason);
      }
    });
  }
}
