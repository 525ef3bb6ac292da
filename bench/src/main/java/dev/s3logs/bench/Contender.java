package dev.s3logs.bench;

import dev.s3logs.pipeline.PipelineSettings;
import dev.s3logs.source.Source;
import java.util.function.Supplier;

/** A named way to read the same lines: a fresh source for each round, and its settings. */
record Contender(String name, Supplier<Source> source, PipelineSettings settings) {
}
