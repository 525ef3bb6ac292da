#!/usr/bin/env bash
# Reading S3 against reading local files, on this machine.
#
#   bench/s3-benchmark.sh             # default sizes, 3 rounds each: ~10 minutes
#   QUICK=1 bench/s3-benchmark.sh     # small sizes, 1 round: a check that it works, ~3 minutes
#
# Generates the lines with `./s3logs generate --seed 7`, starts S3Proxy (C2, objects on disk, in
# a JVM of its own on the testing module's classpath) and measures, median of RUNS rounds, the
# order rotating from round to round after one untimed pass of each contender:
#   1  LINES lines in LARGE_OBJECTS objects, through Pipeline.run into a DiscardSink in the
#      benchmark's JVM: a local directory, then an S3 listing. Target: S3 at 80% of local or more.
#   2  SMALL_OBJECTS objects of SMALL_LINES lines (about 5 KB, as real log buckets hold) the same
#      way, local against S3 with each of FETCHERS. Target: S3 at 50% of local or more.
#   3  RUN_LINES lines in RUN_OBJECTS objects with one S3 notification each on an ElasticMQ queue:
#      `./s3logs run --exit-when-idle 2` until the queue is drained, against `./s3logs ingest` of
#      the same lines as one local file, into one OpenSearch, same bulk settings (5 MB,
#      concurrency 2), on fresh indices. Target: run at 90% of ingest's docs/s or more.
# Reported: lines or docs per second, % of the baseline, and the CPU seconds of the pipeline (or
# the s3logs process), S3Proxy and OpenSearch.
#
# Environment (defaults; QUICK=1 defaults in brackets):
#   LINES 1000000 [100000]   LARGE_OBJECTS 4   SMALL_OBJECTS 10000 [1000]   SMALL_LINES 10
#   RUN_LINES 200000 [20000]   RUN_OBJECTS 40 [10]   RUNS 3 [1]
#   THREADS (processors)   FETCHERS "16,32" (the first is used by part 1 and the local contenders)
#   PARTS "1,2,3"   ENGINE_JAVA_OPTS "-Xms2g -Xmx2g"   S3PROXY_JAVA_OPTS "-Xmx512m -XX:+UseSerialGC"
#   BENCH_JAVA_OPTS: the benchmark JVM's (parts 1 and 2 run in it), default the launcher's
#   S3LOGS_JAVA_OPTS: part 3's s3logs processes (default the launcher's)
#   WORK_DIR (a new temporary directory)  KEEP_WORK=1 keeps it
# Needs /usr/bin/time and a JDK 17; as root, OpenSearch runs as user s3logs-test.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_JAR=bench/target/benchmarks.jar
OPENSEARCH_HOME=core/target/search-engines/opensearch-$(sed -n \
  's|.*<opensearch.version>\(.*\)</opensearch.version>.*|\1|p' pom.xml)

for tool in /usr/bin/time java; do
  if ! command -v "$tool" > /dev/null; then
    echo "s3-benchmark: $tool is missing" >&2
    exit 1
  fi
done

# The benchmark jar also holds the harness (and its servers' classpath) and core; the launcher
# builds the app jar itself when the benchmark first calls ./s3logs.
if [[ ! -f $BENCH_JAR || -n $(find bench/src testing/src core/src/main -newer "$BENCH_JAR" \
  -print -quit) ]]; then
  echo "== Building $BENCH_JAR"
  ./mvnw -q -B -DskipTests package -pl bench -am
fi

if [[ ${PARTS:-1,2,3} == *3* && ! -x $OPENSEARCH_HOME/bin/opensearch ]]; then
  echo "== Unpacking OpenSearch into $OPENSEARCH_HOME"
  ./mvnw -q -B -o -pl core dependency:unpack@unpack-search-engines
fi

# Parts 1 and 2 run the pipeline in this JVM: the launcher's options, so that it parses as
# `s3logs` would.
default_java_opts="-XX:+UseSerialGC -XX:FreqInlineSize=80"
# Split into words on purpose.
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS-$default_java_opts} -Xmx1g \
  -Ds3logs.opensearch.home="$OPENSEARCH_HOME" -cp "$BENCH_JAR" dev.s3logs.bench.S3Benchmark
