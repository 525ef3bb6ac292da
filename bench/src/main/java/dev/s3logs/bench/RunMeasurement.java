package dev.s3logs.bench;

/**
 * One timed {@code s3logs} process of the run-against-ingest part: seconds until every document
 * was stored ({@code run}: its queue drained; {@code ingest}: its exit), until its exit, and CPU
 * seconds of s3logs, OpenSearch and S3Proxy meanwhile.
 */
record RunMeasurement(String contender, int round, double storedSeconds, double exitSeconds,
    long documents, double s3logsCpu, double engineCpu, double serverCpu) {

  double docsPerSecond() {
    return documents / storedSeconds;
  }
}
