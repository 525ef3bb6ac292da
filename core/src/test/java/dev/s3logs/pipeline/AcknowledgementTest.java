package dev.s3logs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.sink.Sink;
import dev.s3logs.sink.ndjson.NdjsonSink;
import dev.s3logs.source.Acknowledgement;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.Source;
import dev.s3logs.source.SourceObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Every object is acknowledged once, and only when the sink has settled its documents. */
class AcknowledgementTest {

  private static final String GOOD = "owner bucket [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - "
      + "3E57427F3EXAMPLE REST.GET.OBJECT k \"GET /k HTTP/1.1\" 200 - 1 1 1 1 \"-\" \"ua\" -";

  private final Map<String, List<String>> outcomes = new ConcurrentHashMap<>();

  @Test
  void eachObjectIsAcknowledgedOnceDoneOrFailedWithItsReason() throws IOException {
    byte[] gz = gzip((GOOD + "\n").repeat(3000));
    Queued source = new Queued(
        object("good", (GOOD + "\nnot a log line\n").getBytes(StandardCharsets.UTF_8)),
        object("empty", new byte[0]),
        object("cut.gz", Arrays.copyOf(gz, gz.length / 2)),
        unopenable("denied"),
        object("many", (GOOD + "\n").repeat(20_000).getBytes(StandardCharsets.UTF_8)));
    run(source, new NdjsonSink(new ByteArrayOutputStream(), failure -> { }), 3);
    assertThat(outcomes).containsOnlyKeys("good", "empty", "cut.gz", "denied", "many");
    assertThat(outcomes.get("good")).containsExactly("done");
    assertThat(outcomes.get("empty")).containsExactly("done");
    assertThat(outcomes.get("many")).containsExactly("done");
    assertThat(outcomes.get("cut.gz")).containsExactly(
        "failed: cannot read cut.gz: unexpected end of data (a truncated gzip object?)");
    assertThat(outcomes.get("denied"))
        .containsExactly("failed: cannot read denied: permission denied");
  }

  @Test
  void noObjectIsDoneBeforeTheSinkSettlesItsChunk() {
    Holding sink = new Holding();
    Queued source = new Queued(object("a", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)),
        object("b", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)));
    run(source, sink, 2);
    assertThat(outcomes).isEmpty();
    sink.held.forEach(chunk -> chunk.settlement().release());
    assertThat(outcomes).containsOnlyKeys("a", "b");
  }

  @Test
  void aDocumentTheSinkCouldNotStoreFailsItsObjectOnly() {
    Holding sink = new Holding();
    Queued source = new Queued(object("a", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)),
        object("b", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)));
    run(source, sink, 1);
    NdjsonChunk chunk = sink.held.get(0);
    chunk.items().object(1).fail("engine unavailable");
    chunk.settlement().release();
    assertThat(outcomes.get("a")).containsExactly("done");
    assertThat(outcomes.get("b")).containsExactly("failed: engine unavailable");
  }

  /** A lone object on a quiet queue is settled without waiting for more objects or the end. */
  @Test
  void whenTheSourceGoesQuietWhatIsHeldIsPassedOn() {
    Queued source = new Queued(object("lone", (GOOD + "\n").getBytes(StandardCharsets.UTF_8)));
    source.endWhen = () -> outcomes.containsKey("lone");
    run(source, new NdjsonSink(new ByteArrayOutputStream(), failure -> { }), 2);
    assertThat(source.quietPolls).isPositive();
    assertThat(outcomes.get("lone")).containsExactly("done");
  }

  private void run(Source source, Sink sink, int threads) {
    Pipeline.run(source, sink, new PipelineSettings(threads, 4), new ParseStats(), p -> { });
  }

  private SourceObject object(String name, byte[] bytes) {
    return new SourceObject(input(name, () -> new ByteArrayInputStream(bytes)), recorder(name));
  }

  private SourceObject unopenable(String name) {
    return new SourceObject(input(name, () -> {
      throw new AccessDeniedException(name);
    }), recorder(name));
  }

  private Acknowledgement recorder(String name) {
    return new Acknowledgement() {
      @Override
      public void done() {
        outcomes.computeIfAbsent(name, n -> new ArrayList<>()).add("done");
      }

      @Override
      public void failed(String reason) {
        outcomes.computeIfAbsent(name, n -> new ArrayList<>()).add("failed: " + reason);
      }
    };
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private static InputObject input(String name, Opener opener) {
    return new InputObject() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return opener.open();
      }
    };
  }

  /** Objects in order, then quiet (null) until {@code endWhen} says the source is over. */
  private static final class Queued implements Source {

    private final ArrayDeque<SourceObject> objects;
    private java.util.function.BooleanSupplier endWhen = () -> true;
    private int quietPolls;
    private final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();

    Queued(SourceObject... objects) {
      this.objects = new ArrayDeque<>(List.of(objects));
    }

    @Override
    public synchronized SourceObject next(Duration wait) {
      if (objects.isEmpty()) {
        quietPolls++;
        return null;
      }
      return objects.remove();
    }

    @Override
    public synchronized boolean finished() {
      // The deadline only keeps a broken pipeline from hanging the build; the test then fails.
      return objects.isEmpty() && (endWhen.getAsBoolean() || System.nanoTime() > deadline);
    }
  }

  /** Keeps every chunk without settling it, as a sink waiting on a slow engine would. */
  private static final class Holding implements Sink {

    private final List<NdjsonChunk> held = new ArrayList<>();

    @Override
    public DocumentFraming newFraming() {
      return DocumentFraming.NONE;
    }

    @Override
    public boolean needsItems() {
      return true;
    }

    @Override
    public void accept(NdjsonChunk chunk) {
      held.add(chunk);
    }

    @Override
    public void flush() {
    }

    @Override
    public void finish() {
    }

    @Override
    public void close() {
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
