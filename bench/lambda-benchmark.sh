#!/usr/bin/env bash
# The Lambda handler's cold start, and its warm rate against `s3logs ingest`, on one core.
#
#   bench/lambda-benchmark.sh                  # 3 starts per variant, 5 warm invocations each
#   RUNS=1 WARM=2 bench/lambda-benchmark.sh    # a quick check that it works
#
# Builds the app jar, the Lambda jar (lambda/target/s3logs-lambda.jar) and the lambda module's
# test classes (the Runtime API emulator), and generates the logs with `s3logs generate`: a new
# 5,000-line object for each start's cold invocation (`--lines 5000`, seeds 1001 on), since a
# cold start in Lambda stores lines new to the engine; WARM more (seeds 1..WARM) for the warm
# invocations, the same for every start; and one more 5,000-line file (seed 42) for ingest. The benchmark JVM then runs, pinned to CORE_SERVERS (as are its children:
# S3Proxy with the objects, one OpenSearch with -Xms1g -Xmx1g, and the proxy in front of it that
# checks every request's SigV4 signature and session token). For each set of JVM options, as
# Lambda's JAVA_TOOL_OPTIONS with -Xmx512m, it starts RUNS functions from the jar with the real
# runtime interface client, `taskset -c CORE` (Lambda's one vCPU), handler SqsHandler, and
# reports the medians of:
#   init    from the JVM's start to the runtime's first request for an event (Lambda's Init
#           Duration: the JVM, the runtime, the handler's constructor, which connects to the
#           engine and checks its templates)
#   cold    the first invocation: an SQS event (AWS's sample, filled in) naming the start's own
#           5,000-line object, read from S3 and stored, until the runtime posts the response
#   warm    each later invocation, a new 5,000-line object each; and its lines/s
# Before anything is timed, ingest stores the large file twice: the engine is warm, as a
# production cluster is (a fresh one made the first timed starts up to twice as slow).
# Options compared: none, -XX:TieredStopAtLevel=1 (the Java 17 runtime's own default),
# -Xshare:off, and an AppCDS archive (-XX:ArchiveClassesAtExit at the end of an untimed start,
# then -XX:SharedArchiveFile) with and without C1 only. One more start logs -Xlog:class+load and
# -Xlog:startuptime. Then `taskset -c CORE java -Xmx512m -jar app/target/s3logs.jar ingest`, same
# engine, credentials and indices, on the 5,000-line file and on BIG_LINES lines, RUNS times after
# one untimed run. Warm invocations and ingest runs alike re-store documents that are already
# there (an untimed start comes first).
# Targets: init + cold under 2 s; warm lines/s at least half of ingest's on the same core.
#
# Environment: RUNS (3)  WARM (5)  BIG_LINES (100000)  CORE (0)  CORE_SERVERS (1)
#   OPTIONS: the sets of JVM options to compare, separated by '|', {archive} for the AppCDS
#     archive (default "|-XX:TieredStopAtLevel=1|-Xshare:off|-XX:SharedArchiveFile={archive}|..."):
#     OPTIONS=-XX:TieredStopAtLevel=1 RUNS=5 measures the runtime's default alone
#   WORK_DIR (a new temporary directory)  KEEP_WORK=1 keeps it (logs of every start, archive)
# Needs taskset and a JDK 17; as root, OpenSearch runs as user s3logs-test. Other work on the
# machine's cores skews the figures: the script prints the load before it starts.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${RUNS:-3}
WARM=${WARM:-5}
BIG_LINES=${BIG_LINES:-100000}
CORE=${CORE:-0}
CORE_SERVERS=${CORE_SERVERS:-1}
WORK=${WORK_DIR:-$(mktemp -d /tmp/s3logs-lambda-bench-XXXXXX)}
mkdir -p "$WORK"
APP_JAR=app/target/s3logs.jar
OPENSEARCH_HOME=core/target/search-engines/opensearch-$(sed -n \
  's|.*<opensearch.version>\(.*\)</opensearch.version>.*|\1|p' pom.xml)

for tool in taskset java; do
  if ! command -v "$tool" > /dev/null; then
    echo "lambda-benchmark: $tool is missing" >&2
    exit 1
  fi
done

clean_up() {
  if [[ ${KEEP_WORK:-} == 1 ]]; then
    echo "work files kept in $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap clean_up EXIT

echo "== Building the app jar, the Lambda jar and the emulator (unpacking OpenSearch if needed)"
./mvnw -q -B -pl app,lambda -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=NoSuchIT -Dfailsafe.failIfNoSpecifiedTests=false
# The libraries; the modules' own classes are named below.
./mvnw -q -B -pl lambda -am dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath"

echo "== Generating the logs"
java -jar "$APP_JAR" generate --lines 5000 > "$WORK/cold.log"
# One per start: the untimed ones (warm-up, archive, class-load log) and RUNS per set of options.
VARIANTS=5
if [[ -n ${OPTIONS+set} ]]; then
  VARIANTS=$(( $(tr -cd '|' <<< "$OPTIONS" | wc -c) + 1 ))
fi
for i in $(seq $(( RUNS * VARIANTS + 3 ))); do
  java -jar "$APP_JAR" generate --lines 5000 --seed $(( 1000 + i )) > "$WORK/fresh-$i.log"
done
for i in $(seq "$WARM"); do
  java -jar "$APP_JAR" generate --lines 5000 --seed "$i" > "$WORK/warm-$i.log"
done
java -jar "$APP_JAR" generate --lines "$BIG_LINES" --seed 99 > "$WORK/big.log"

echo "== Load before the start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [[ -n ${OPTIONS+set} ]]; then
  export OPTIONS
fi
WORK_DIR=$WORK RUNS=$RUNS WARM=$WARM CORE=$CORE APP_JAR=$APP_JAR \
  LAMBDA_JAR=${LAMBDA_JAR:-lambda/target/s3logs-lambda.jar} \
  taskset -c "$CORE_SERVERS" java -Xmx1g -Ds3logs.opensearch.home="$OPENSEARCH_HOME" \
  -cp "lambda/target/test-classes:lambda/target/classes:testing/target/classes:core/target/classes:$(cat "$WORK/classpath")" \
  dev.s3logs.lambda.bench.ColdStartBenchmark
