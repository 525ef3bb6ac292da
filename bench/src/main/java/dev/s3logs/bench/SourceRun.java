package dev.s3logs.bench;

/**
 * One contender's pass over a source into a {@code DiscardSink}: wall seconds, lines read, and the
 * CPU seconds of the benchmark's own process (the pipeline) and of S3Proxy meanwhile.
 */
record SourceRun(String contender, int round, double seconds, long lines, double pipelineCpu,
    double serverCpu) {

  double linesPerSecond() {
    return lines / seconds;
  }
}
