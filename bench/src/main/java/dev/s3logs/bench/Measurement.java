package dev.s3logs.bench;

/** One contender's run: wall seconds, and CPU seconds of the shipper, the engine, and the rest. */
record Measurement(String contender, int run, double wall, double shipperCpu, double engineCpu,
    double otherCpu, long documents) {

  double docsPerSecond() {
    return documents / wall;
  }
}
