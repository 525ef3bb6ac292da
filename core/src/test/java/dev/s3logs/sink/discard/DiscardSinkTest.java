package dev.s3logs.sink.discard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.Sink;
import dev.s3logs.sink.ndjson.NdjsonSink;
import dev.s3logs.source.Acknowledgement;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.Source;
import dev.s3logs.source.SourceObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class DiscardSinkTest {

  private static final String GOOD = "owner bucket [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - "
      + "3E57427F3EXAMPLE REST.GET.OBJECT k \"GET /k HTTP/1.1\" 200 - 1 1 1 1 \"-\" \"ua\" -";

  private final Map<String, String> outcomes = new ConcurrentHashMap<>();

  @Test
  void countsWhatTheNdjsonSinkWouldWriteAndSettlesEveryObject() {
    List<byte[]> bodies = List.of(
        (GOOD + "\nnot a log line\n").getBytes(StandardCharsets.UTF_8),
        (GOOD + "\n").repeat(30_000).getBytes(StandardCharsets.UTF_8),
        new byte[0]);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    run(new NdjsonSink(written, failure -> { }), bodies);
    outcomes.clear();

    DiscardSink discard = new DiscardSink();
    run(discard, bodies);

    assertThat(discard.documents()).isEqualTo(30_001);
    assertThat(discard.failures()).isEqualTo(1);
    assertThat(discard.bytes()).isEqualTo(written.size());
    assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
        Map.of("object-0", "done", "object-1", "done", "object-2", "done"));
  }

  private void run(Sink sink, List<byte[]> bodies) {
    ArrayDeque<SourceObject> queue = new ArrayDeque<>();
    for (int i = 0; i < bodies.size(); i++) {
      queue.add(new SourceObject(object("object-" + i, bodies.get(i)), recorded("object-" + i)));
    }
    Source source = new Source() {
      @Override
      public SourceObject next(Duration wait) {
        return queue.poll();
      }

      @Override
      public boolean finished() {
        return queue.isEmpty();
      }
    };
    Pipeline.run(source, sink, new PipelineSettings(2, 2), new ParseStats(), problem -> { });
  }

  private Acknowledgement recorded(String name) {
    return new Acknowledgement() {
      @Override
      public void done() {
        outcomes.merge(name, "done", (a, b) -> a + ", " + b);
      }

      @Override
      public void failed(String reason) {
        outcomes.merge(name, "failed: " + reason, (a, b) -> a + ", " + b);
      }
    };
  }

  private static InputObject object(String name, byte[] body) {
    return new InputObject() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(body);
      }
    };
  }
}
