package dev.s3logs.store.duckdb;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.Sink;
import dev.s3logs.source.Acknowledgement;
import dev.s3logs.source.InputObject;
import dev.s3logs.source.Source;
import dev.s3logs.source.SourceObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Named inputs through the real pipeline into a sink, with what each object was told. */
final class StoreRun implements Source {

  final Map<String, String> outcomes = new ConcurrentHashMap<>();
  private final ArrayDeque<SourceObject> objects = new ArrayDeque<>();
  private Consumer<String> onDone = name -> { };

  StoreRun add(String name, byte[] bytes) {
    objects.add(new SourceObject(input(name, bytes), recorder(name)));
    return this;
  }

  /** Runs {@code check} as each object is acknowledged done, on the sink's thread. */
  StoreRun onDone(Consumer<String> check) {
    this.onDone = check;
    return this;
  }

  ParseStats into(Sink sink) {
    ParseStats stats = new ParseStats();
    Pipeline.run(this, sink, new PipelineSettings(2, 4), stats, problem -> { });
    return stats;
  }

  @Override
  public synchronized SourceObject next(Duration wait) {
    return objects.poll();
  }

  @Override
  public synchronized boolean finished() {
    return objects.isEmpty();
  }

  private Acknowledgement recorder(String name) {
    return new Acknowledgement() {
      @Override
      public void done() {
        onDone.accept(name);
        outcomes.put(name, "done");
      }

      @Override
      public void failed(String reason) {
        outcomes.put(name, "failed: " + reason);
      }
    };
  }

  private static InputObject input(String name, byte[] bytes) {
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
}
