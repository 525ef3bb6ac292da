package dev.s3logs.pipeline;

import dev.s3logs.sink.Sink;
import dev.s3logs.source.Acknowledgement;
import dev.s3logs.source.ObjectReader;
import dev.s3logs.source.Source;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one way lines go from a source to a sink, for every command: objects are fetched ahead,
 * read and parsed in chunks on worker threads, handed to the sink in source order, and each
 * object is acknowledged once the sink has settled all of its documents. When the source goes
 * quiet, what is held back is passed on, so a lone object on a queue is stored (and its message
 * deleted) without waiting for more.
 */
public final class Pipeline {

  private static final Duration IDLE = Duration.ofMillis(200);

  private final Sink sink;
  private final ParseStats stats;
  private final Consumer<String> problems;

  private Pipeline(Sink sink, ParseStats stats, Consumer<String> problems) {
    this.sink = sink;
    this.stats = stats;
    this.problems = problems;
  }

  /**
   * Runs until the source is finished and every document is settled. Lines read and objects
   * acknowledged are counted in {@code stats}; what the sink made of the documents it counts
   * itself.
   *
   * @param problems receives one message per object that could not be read
   */
  public static void run(Source source, Sink sink, PipelineSettings settings, ParseStats stats,
      Consumer<String> problems) {
    new Pipeline(sink, stats, problems).run(source, settings);
  }

  private void run(Source source, PipelineSettings settings) {
    int threads = settings.threads();
    BufferPool buffers = new BufferPool(ParallelPipeline.maxInFlight(threads) + threads);
    try (Prefetcher prefetcher = new Prefetcher(source, settings.fetchers());
        ParallelPipeline<NdjsonChunk> parser = new ParallelPipeline<>(threads,
            () -> new ChunkToNdjson(buffers, sink.newFraming(), sink.needsItems()),
            this::toSink)) {
      readAll(prefetcher, parser);
      parser.flush();
    }
    sink.finish();
  }

  private void readAll(Prefetcher prefetcher, ParallelPipeline<NdjsonChunk> parser) {
    boolean flushed = true;
    while (true) {
      OpenedObject next = prefetcher.next(IDLE);
      if (next != null) {
        read(next, parser);
        flushed = false;
      } else if (prefetcher.ended()) {
        return;
      } else if (!flushed) {
        parser.flush();
        sink.flush();
        flushed = true;
      }
    }
  }

  private void read(OpenedObject opened, ParallelPipeline<NdjsonChunk> parser) {
    ObjectProgress object = new ObjectProgress(opened.object().name(),
        counted(opened.object().ack()));
    IOException error = opened.error();
    if (error == null) {
      try {
        parser.process(object, opened.stream());
      } catch (IOException e) {
        error = e;
      }
    }
    if (error != null) {
      String reason = "cannot read " + object.name() + ": " + ObjectReader.explain(error);
      problems.accept(reason);
      object.fail(reason);
    }
    stats.object(error == null);
    object.release();
  }

  private void toSink(NdjsonChunk chunk) {
    stats.add(chunk);
    sink.accept(chunk);
  }

  private Acknowledgement counted(Acknowledgement ack) {
    return new Acknowledgement() {
      @Override
      public void done() {
        stats.acknowledged(true);
        ack.done();
      }

      @Override
      public void failed(String reason) {
        stats.acknowledged(false);
        ack.failed(reason);
      }
    };
  }
}
