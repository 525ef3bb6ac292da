#!/usr/bin/env bash
# Document cost: what the engine pays to index and keep s3logs's documents, this checkout against
# a baseline commit (by default the last one before the cheaper document shape), in one run.
#
#   bench/document-benchmark.sh              # 200,000 lines, 3 rounds each: ~15 minutes
#   LINES=50000 RUNS=1 WARMUP=0 bench/document-benchmark.sh   # a quick check that it works
#   CHOICES=1 bench/document-benchmark.sh    # also each choice on its own (+~30 minutes)
#
# Builds the baseline's app jar in a temporary git worktree, starts one OpenSearch and one
# Elasticsearch through the tests' harness (EngineHost: the integ-test-zip builds and settings
# the tests use, 1 GB heap each, C2 on), generates LINES
# lines (seed 7), runs each contender's ingest WARMUP times uncounted (an engine's first runs are
# slower while its JIT warms up, and by more than the difference being measured), and then, RUNS
# times with the order alternating, for each contender and engine:
# deletes the bench indices, installs that jar's own templates (`setup --replicas 0`), runs that
# jar's `ingest` on the log file (5 MB bulks, 2 in flight) and times it, counts the documents
# after a refresh, force-merges to one segment, and once the segment sizes settle reads the bytes
# on disk per document (the sum of the live segments; the store size right after a force-merge
# still counts the old segments). Reported: docs/s (wall time of ingest, setup excluded), bytes
# per document, the engine's CPU per document while ingest ran (its processes' user + system
# time: unlike docs/s, not shared with the shipper on the same cores) and the shipper's (the
# ingest process's user + system time, start-up and JIT included), per round and
# as medians, and the ratios to the baseline.
#
# With CHOICES=1, bench/document-choices.py then measures each mapping and index choice alone on
# both engines (documents posted by curl, as the issue's first measurement did).
#
# Then `parse` of PARSE_LINES lines to /dev/null, the two jars alternating, wall seconds.
#
# Environment: LINES (200000)  PARSE_LINES (1000000)  RUNS (3)  WARMUP (1)  BASELINE (e2a10a1)  ENGINES ("opensearch elasticsearch")
#   OPENSEARCH_CHOICES (all)  ELASTICSEARCH_CHOICES (baseline slim lean lean+logsdb
#   lean+synthetic-source)  variants of bench/document-choices.py per engine, with CHOICES=1
#   WORK_DIR (a new temporary directory)  KEEP_WORK=1 keeps it
# Needs git, curl, python3 (CHOICES=1), a JDK 17; as root, the engines run as user s3logs-test.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
LINES=${LINES:-200000}
PARSE_LINES=${PARSE_LINES:-1000000}
# Every choice on OpenSearch; on Elasticsearch the shapes and what only it has.
OPENSEARCH_CHOICES=${OPENSEARCH_CHOICES:-}
ELASTICSEARCH_CHOICES=${ELASTICSEARCH_CHOICES:-baseline slim lean lean+logsdb lean+synthetic-source}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
BASELINE=${BASELINE:-e2a10a1}
ENGINES=${ENGINES:-opensearch elasticsearch}
WORK=${WORK_DIR:-$(mktemp -d /tmp/s3logs-document-bench-XXXXXX)}
mkdir -p "$WORK"
JAVA_OPTS=${S3LOGS_JAVA_OPTS--XX:+UseSerialGC -XX:FreqInlineSize=80}
BENCH_JAR=bench/target/benchmarks.jar

clean_up() {
  if [[ -n ${ENGINE_HOST_PID:-} ]]; then
    exec 3>&- # the end of its input stops the engines
    wait "$ENGINE_HOST_PID" || true
  fi
  git -C "$ROOT" worktree remove --force "$WORK/baseline-src" 2> /dev/null || true
  if [[ ${KEEP_WORK:-} == 1 ]]; then
    echo "work files kept in $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap clean_up EXIT

version() {
  sed -n "s|.*<$1.version>\(.*\)</$1.version>.*|\1|p" "$ROOT/pom.xml"
}

echo "== Building this checkout and the baseline $BASELINE"
./mvnw -q -B -DskipTests package -pl app,bench -am
cp app/target/s3logs.jar "$WORK/new.jar"
git worktree add -q --detach "$WORK/baseline-src" "$BASELINE"
(cd "$WORK/baseline-src" && ./mvnw -q -B -DskipTests package -pl app -am)
cp "$WORK/baseline-src/app/target/s3logs.jar" "$WORK/baseline.jar"
if [[ ! -x core/target/search-engines/opensearch-$(version opensearch)/bin/opensearch ]]; then
  ./mvnw -q -B -o -pl core dependency:unpack@unpack-search-engines
fi

echo "== Starting the engines"
# Named pipes, not a coprocess: bash keeps a coprocess's pipes from the commands it runs, and
# document-choices.py asks for the engine's CPU too. This shell writes fd 3 and reads fd 4.
mkfifo "$WORK/engine-host.in" "$WORK/engine-host.out"
ENGINE_JAVA_OPTS="-Xms1g -Xmx1g" java -XX:+UseSerialGC -Xmx256m \
  -Ds3logs.opensearch.home="core/target/search-engines/opensearch-$(version opensearch)" \
  -Ds3logs.elasticsearch.home="core/target/search-engines/elasticsearch-$(version elasticsearch)" \
  -cp "$BENCH_JAR" dev.s3logs.bench.EngineHost $ENGINES \
  < "$WORK/engine-host.in" > "$WORK/engine-host.out" &
ENGINE_HOST_PID=$!
exec 3> "$WORK/engine-host.in" 4< "$WORK/engine-host.out"
declare -A ENGINE_URL
while read -r name url <&4; do
  [[ $name == ready ]] && break
  ENGINE_URL[$name]=$url
  echo "   $name at $url"
done
if [[ ${#ENGINE_URL[@]} -ne $(wc -w <<< "$ENGINES") ]]; then
  echo "document-benchmark: the engines did not start (see above)" >&2
  exit 1
fi

# Sets CPU_SECONDS: what the engine's processes have used so far (user + system).
read_engine_cpu() { # engine
  echo "cpu $1" >&3
  read -r CPU_SECONDS <&4
}

echo "== Generating $LINES lines"
java $JAVA_OPTS -jar "$WORK/new.jar" generate --lines "$LINES" --seed 7 -o "$WORK/logs.log"

# One measured ingest; sets RESULT to "docs/s bytes-per-doc docs engine-CPU-µs-per-doc
# shipper-CPU-µs-per-doc". Not in a subshell: the engine host's pipes are this shell's.
measure() { # jar engine
  local jar=$1 url=${ENGINE_URL[$2]} start end docs bytes last=-1 stable=0 cpu_before
  # by name: Elasticsearch refuses to delete indices by wildcard
  local names
  names=$(curl -fs "$url/_cat/indices/bench-*?h=index" | tr -d ' ' | paste -sd, -)
  if [[ -n $names ]]; then
    curl -fs -XDELETE "$url/$names" > /dev/null
  fi
  curl -fs -XDELETE "$url/_index_template/bench" > /dev/null || true
  curl -fs -XDELETE "$url/_index_template/bench-failed" > /dev/null || true
  java $JAVA_OPTS -jar "$jar" setup --to "$url" --index 'bench-{yyyy.MM.dd}' --replicas 0 \
    > /dev/null 2>&1
  read_engine_cpu "$2"
  cpu_before=$CPU_SECONDS
  start=$(date +%s.%N)
  # the ingest process's user and system seconds, from bash's own accounting of its child
  local TIMEFORMAT='%U %S' shipper
  shipper=$( { time java $JAVA_OPTS -jar "$jar" ingest --skip-setup --to "$url" \
    --index 'bench-{yyyy.MM.dd}' --bulk-size 5mb --concurrency 2 \
    --dead-letter "$WORK/dead.ndjson" "$WORK/logs.log" > "$WORK/ingest.out" 2> "$WORK/ingest.err"; } 2>&1)
  end=$(date +%s.%N)
  read_engine_cpu "$2"
  curl -fs -XPOST "$url/bench-*/_refresh" > /dev/null
  docs=$(curl -fs "$url/bench-*/_count" | sed 's/.*"count":\([0-9]*\).*/\1/')
  curl -fs -XPOST "$url/bench-*/_forcemerge?max_num_segments=1" > /dev/null
  for _ in $(seq 150); do
    sleep 2
    curl -fs -XPOST "$url/bench-*/_refresh" > /dev/null
    bytes=$(curl -fs "$url/_cat/segments/bench-*?h=size&bytes=b" | awk '{s += $1} END {print s}')
    segments=$(curl -fs "$url/_cat/segments/bench-*?h=size" | wc -l)
    indices=$(curl -fs "$url/_cat/indices/bench-*?h=index" | wc -l)
    if [[ $segments == "$indices" && $bytes == "$last" ]]; then
      stable=$((stable + 1))
      if [[ $stable -ge 2 ]]; then
        break
      fi
    else
      stable=0
    fi
    last=$bytes
  done
  RESULT=$(awk -v d="$docs" -v s="$start" -v e="$end" -v b="$bytes" -v c0="$cpu_before" \
    -v c1="$CPU_SECONDS" -v sh="$shipper" 'BEGIN {split(sh, t, " ");
      printf "%d %d %d %.1f %.1f", d / (e - s), b / d, d, (c1 - c0) * 1e6 / d, (t[1] + t[2]) * 1e6 / d}')
}

echo "== $RUNS rounds, baseline $BASELINE against this checkout, alternating"
results="$WORK/results.txt"
: > "$results"
for engine in $ENGINES; do
  for _ in $(seq "$WARMUP"); do
    for contender in baseline new; do
      measure "$WORK/$contender.jar" "$engine"
      printf '   warm-up  %-13s %-8s %7d docs/s (not counted)\n' "$engine" "$contender" "${RESULT%% *}"
    done
  done
done
for round in $(seq "$RUNS"); do
  order="baseline new"
  (( round % 2 == 0 )) && order="new baseline"
  for engine in $ENGINES; do
    for contender in $order; do
      measure "$WORK/$contender.jar" "$engine"
      read -r rate bytes docs cpu shipper <<< "$RESULT"
      echo "$engine $contender $rate $bytes $docs $cpu $shipper" >> "$results"
      printf '   round %d  %-13s %-8s %7d docs/s  %4d bytes/doc  %6.1f engine  %5.1f shipper CPU-µs/doc  (%d docs)\n' \
        "$round" "$engine" "$contender" "$rate" "$bytes" "$cpu" "$shipper" "$docs"
    done
  done
done

median() {
  sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

echo "== Medians"
printf '| engine | contender | docs/s | bytes/doc | engine CPU-µs/doc | shipper CPU-µs/doc |\n'
printf '|---|---|---:|---:|---:|---:|\n'
for engine in $ENGINES; do
  for contender in baseline new; do
    rate=$(awk -v e="$engine" -v c="$contender" '$1 == e && $2 == c {print $3}' "$results" | median)
    bytes=$(awk -v e="$engine" -v c="$contender" '$1 == e && $2 == c {print $4}' "$results" | median)
    cpu=$(awk -v e="$engine" -v c="$contender" '$1 == e && $2 == c {print $6}' "$results" | median)
    shipper=$(awk -v e="$engine" -v c="$contender" '$1 == e && $2 == c {print $7}' "$results" | median)
    printf '| %s | %s | %.0f | %.0f | %.1f | %.1f |\n' "$engine" "$contender" "$rate" "$bytes" \
      "$cpu" "$shipper"
    eval "${engine}_${contender}_rate=$rate ${engine}_${contender}_bytes=$bytes"
    eval "${engine}_${contender}_cpu=$cpu"
  done
  awk -v r1="$(eval echo "\$${engine}_baseline_rate")" -v r2="$(eval echo "\$${engine}_new_rate")" \
    -v b1="$(eval echo "\$${engine}_baseline_bytes")" -v b2="$(eval echo "\$${engine}_new_bytes")" \
    -v c1="$(eval echo "\$${engine}_baseline_cpu")" -v c2="$(eval echo "\$${engine}_new_cpu")" \
    -v e="$engine" 'BEGIN {printf "   %s: %.2fx the documents/s, %.0f%% of the bytes per document,"\
      " %.2fx the documents per engine CPU-second\n", e, r2 / r1, 100 * b2 / b1, c1 / c2}'
done

if (( PARSE_LINES > 0 )); then
  echo "== parse, $PARSE_LINES lines to /dev/null, $RUNS rounds alternating (wall seconds)"
  java $JAVA_OPTS -jar "$WORK/new.jar" generate --lines "$PARSE_LINES" --seed 7 -o "$WORK/parse.log"
  for round in $(seq "$RUNS"); do
    order="baseline new"
    (( round % 2 == 0 )) && order="new baseline"
    for contender in $order; do
      start=$(date +%s.%N)
      java $JAVA_OPTS -jar "$WORK/$contender.jar" parse "$WORK/parse.log" > /dev/null 2>&1
      end=$(date +%s.%N)
      awk -v r="$round" -v c="$contender" -v s="$start" -v e="$end" \
        'BEGIN {printf "   round %d  %-8s %.2f s\n", r, c, e - s}'
    done
  done
  rm -f "$WORK/parse.log"
fi

if [[ ${CHOICES:-} == 1 ]]; then
  echo "== Each choice on its own (bench/document-choices.py)"
  java $JAVA_OPTS -jar "$WORK/baseline.jar" parse "$WORK/logs.log" > "$WORK/baseline-docs.ndjson"
  for engine in $ENGINES; do
    url=${ENGINE_URL[$engine]}
    java $JAVA_OPTS -jar "$WORK/baseline.jar" setup --to "$url" --index 'bench-{yyyy.MM.dd}' \
      --replicas 0 > /dev/null 2>&1
    choices=$OPENSEARCH_CHOICES
    [[ $engine == elasticsearch ]] && choices=$ELASTICSEARCH_CHOICES
    # shellcheck disable=SC2086 # a list of names
    ENGINE_HOST="4 3 $engine" python3 bench/document-choices.py "$url" \
      "$WORK/baseline-docs.ndjson" "$WORK" $choices
  done
fi
