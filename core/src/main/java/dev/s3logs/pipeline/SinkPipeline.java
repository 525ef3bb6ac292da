package dev.s3logs.pipeline;

import dev.s3logs.sink.Sink;
import dev.s3logs.source.InputObject;
import java.util.List;
import java.util.function.Consumer;

/** Reads inputs through the parallel parser into a sink: the whole of an ingest run. */
public final class SinkPipeline {

  private SinkPipeline() {
  }

  /**
   * Counts the lines read into {@code stats} (what the sink made of them it counts itself).
   *
   * @param problems receives one message per input object that could not be read
   */
  public static void run(List<InputObject> inputs, int threads, Sink sink, ParseStats stats,
      Consumer<String> problems) {
    BufferPool buffers = new BufferPool(ParallelPipeline.maxInFlight(threads) + threads);
    try (ParallelPipeline<NdjsonChunk> pipeline = new ParallelPipeline<>(threads,
        () -> new ChunkToNdjson(buffers, sink.newFraming(), true),
        chunk -> {
          stats.add(chunk);
          sink.accept(chunk);
        }, problems)) {
      for (InputObject input : inputs) {
        stats.object(pipeline.process(input));
      }
      pipeline.finish();
    }
    sink.finish();
  }
}
