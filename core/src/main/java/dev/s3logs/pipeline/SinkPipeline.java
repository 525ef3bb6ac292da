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
   * Returns the counts of lines read; what the sink made of them it counts itself.
   *
   * @param problems receives one message per input object that could not be read
   */
  public static ParseStats run(List<InputObject> inputs, int threads, Sink sink,
      Consumer<String> problems) {
    ParseStats stats = new ParseStats();
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
    return stats;
  }
}
