package dev.s3logs.bench;

import dev.s3logs.pipeline.ParseStats;
import dev.s3logs.pipeline.Pipeline;
import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.sink.discard.DiscardSink;
import dev.s3logs.source.ListSource;
import dev.s3logs.source.LocalInputs;
import java.nio.file.Path;
import java.util.List;

/** How many documents a log file makes (its lines that parse): what the indices must hold. */
final class DocumentCount {

  private DocumentCount() {
  }

  static long of(Path file) {
    try (DiscardSink sink = new DiscardSink()) {
      Pipeline.run(new ListSource(LocalInputs.expand(List.of(file.toString()), System.in,
          warning -> { })), sink, PipelineSettings.of(1), new ParseStats(), problem -> {
            throw new IllegalStateException("cannot read " + file + ": " + problem);
          });
      return sink.documents();
    }
  }
}
