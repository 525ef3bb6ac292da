#!/usr/bin/env bash
# Ingest throughput: `s3logs ingest` against the engine's own limit on this machine.
#
#   bench/ingest-benchmark.sh                      # 1,000,000 lines, 3 runs each: ~25 minutes
#   LINES=50000 RUNS=2 bench/ingest-benchmark.sh   # a quick check that it works: ~2 minutes
#
# Starts one OpenSearch (the tests' harness, with ENGINE_JAVA_OPTS instead of the tests' small
# C1-only JVM), generates LINES lines, and pre-builds their documents as bulk files: the same
# bytes s3logs sends, cut at the same size. After an untimed warm-up, RUNS rounds (who goes first
# alternates), each contender on freshly deleted indices made from s3logs's own template
# (1 shard, 0 replicas, refreshed every 30 s):
#   curl    xargs -P CONCURRENCY runs one curl per bulk file against /_bulk; every answer must
#           say "errors":false. This is the limit: the engine taking documents as fast as it can.
#   s3logs  ./s3logs ingest on the log file, same bulk size and concurrency.
# Each run's document count is checked after a refresh. Reported per contender (medians): wall
# docs/s, % of curl's docs/s, shipper CPU-s (the s3logs process, or xargs and its curls, from
# /usr/bin/time), engine CPU-s (OpenSearch's /proc/<pid>/stat, from start to refreshed), their
# ratio, and the CPU-s the rest of the machine used meanwhile (other work skews the figures).
# Target: s3logs at 90% of curl or more, its CPU well under a fifth (20%) of the engine's.
#
# Environment:
#   LINES (1000000)  RUNS (3)  CONCURRENCY (2)  BULK_MB (5)
#   ENGINE_JAVA_OPTS ("-Xms2g -Xmx2g")  OpenSearch's JVM options; C2 stays on
#   S3LOGS_JAVA_OPTS s3logs's JVM options (default: the launcher's)
#   WARMUP_FILES (60)  bulk files curl posts once before the runs, untimed, to warm the engine
#   WORK_DIR (a new temporary directory)  KEEP_WORK=1 keeps it (log, bulk files, outputs)
# Needs curl, xargs, /usr/bin/time and a JDK 17; as root, OpenSearch runs as user s3logs-test.
# The engine stops at the end, also on failure or Ctrl-C.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_JAR=bench/target/benchmarks.jar
OPENSEARCH_HOME=core/target/search-engines/opensearch-$(sed -n \
  's|.*<opensearch.version>\(.*\)</opensearch.version>.*|\1|p' pom.xml)

for tool in curl xargs /usr/bin/time java; do
  if ! command -v "$tool" > /dev/null; then
    echo "ingest-benchmark: $tool is missing" >&2
    exit 1
  fi
done

# The benchmark jar also holds the harness and core; the launcher builds the app jar itself.
if [[ ! -f $BENCH_JAR || -n $(find bench/src testing/src core/src/main -newer "$BENCH_JAR" \
  -print -quit) ]]; then
  echo "== Building $BENCH_JAR"
  ./mvnw -q -B -DskipTests package -pl bench -am
fi

# The integ-test-zip distribution, unpacked as the integration tests unpack it.
if [[ ! -x $OPENSEARCH_HOME/bin/opensearch ]]; then
  echo "== Unpacking OpenSearch into $OPENSEARCH_HOME"
  ./mvnw -q -B -o -pl core dependency:unpack@unpack-search-engines
fi

exec java -XX:+UseSerialGC -Xmx1g -Ds3logs.opensearch.home="$OPENSEARCH_HOME" \
  -cp "$BENCH_JAR" dev.s3logs.bench.IngestBenchmark
