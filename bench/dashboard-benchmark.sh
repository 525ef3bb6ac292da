#!/usr/bin/env bash
# The built-in dashboard's speed: how long each of its API calls takes over a large embedded
# store, as the page makes them.
#
#   bench/dashboard-benchmark.sh                        # 10,000,000 lines over 30 days
#   LINES=200000 RUNS=3 bench/dashboard-benchmark.sh    # a quick check that it works
#
# Builds the application jar, generates LINES lines over DAYS days (seed 7) straight into
# `ingest --to duckdb:` (timed: the load), starts `serve` on the store (read-only, a free
# loopback port), and then asks each endpoint the page asks, once to warm up and RUNS times
# timed by curl (the whole HTTP answer, JSON included), for the store's whole span, one day,
# and with filters: 4xx only, bots left out, one operation, a search. Reports the median and the
# slowest of the timed runs per call, in seconds. `/api/top` answers ten top lists at once
# (the page's ten panels), so it is timed as one call and as ten panels.
#
# Environment: LINES (10000000)  DAYS (30)  RUNS (5)  WORK_DIR (a new temporary directory)
#   KEEP_WORK=1 keeps it (the store of 10M rows is about 3 GB); with WORK_DIR naming a kept one
#   whose store is there, REUSE=1 times the calls again without loading it again
# Needs curl and a JDK 17.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
LINES=${LINES:-10000000}
DAYS=${DAYS:-30}
RUNS=${RUNS:-5}
WORK=${WORK_DIR:-$(mktemp -d /tmp/s3logs-dashboard-bench-XXXXXX)}
mkdir -p "$WORK"
JAR=app/target/s3logs.jar
JAVA_OPTS=${S3LOGS_JAVA_OPTS--XX:+UseSerialGC -XX:FreqInlineSize=80}

clean_up() {
  if [[ -n ${SERVER_PID:-} ]]; then
    kill "$SERVER_PID" 2> /dev/null || true
    wait "$SERVER_PID" 2> /dev/null || true
  fi
  if [[ ${KEEP_WORK:-} == 1 ]]; then
    echo "work files kept in $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap clean_up EXIT

echo "== Building the application"
./mvnw -q -B -DskipTests package -pl app -am

if [[ ${REUSE:-} == 1 && -f $WORK/bench.duckdb ]]; then
  echo "== Reusing the store in $WORK ($(stat -c %s "$WORK/bench.duckdb") bytes)"
else
  echo "== Loading $LINES generated lines over $DAYS days into a new store"
  start=$(date +%s.%N)
  java $JAVA_OPTS -jar "$JAR" generate --lines "$LINES" --days "$DAYS" --seed 7 \
    | java $JAVA_OPTS -jar "$JAR" ingest --to "duckdb:$WORK/bench.duckdb" - 2> "$WORK/ingest.err"
  end=$(date +%s.%N)
  tail -2 "$WORK/ingest.err"
  awk -v n="$LINES" -v s="$start" -v e="$end" -v b="$(stat -c %s "$WORK/bench.duckdb")" \
    'BEGIN {printf "   %.1f s, %d rows/s, %d bytes a row\n", e - s, n / (e - s), b / n}'
fi

echo "== Serving it"
java $JAVA_OPTS -jar "$JAR" serve --from "duckdb:$WORK/bench.duckdb" --port 0 \
  2> "$WORK/serve.err" &
SERVER_PID=$!
url=""
for _ in $(seq 120); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/serve.err" || true)
  [[ -n $url ]] && break
  sleep 1
done
if [[ -z $url ]]; then
  echo "dashboard-benchmark: serve did not start" >&2
  cat "$WORK/serve.err" >&2
  exit 1
fi
span=$(curl -fs "${url}api/config")
first_day=$(sed 's/.*"from":"\([0-9-]*\)T.*/\1/' <<< "$span")
echo "   $url, data from $first_day"

median() {
  sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# One call: a warm-up, then RUNS timed; prints a table row.
timed() { # label path-and-query
  local times=() status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${url}$2")
  if [[ $status != 200 ]]; then
    echo "dashboard-benchmark: $2 answered $status" >&2
    exit 1
  fi
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' "${url}$2")")
  done
  printf '| %s | `%s` | %.3f | %.3f |\n' "$1" "$2" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)"
}

echo "== Each call, $RUNS timed runs after one warm-up (seconds)"
printf '| call | path | median | slowest |\n|---|---|---:|---:|\n'
for filter in "" "from=$first_day&to=$first_day" "status_class=4xx" "bots=exclude" \
  "operation=REST.GET.OBJECT" "q=wp-login"; do
  what=${filter:-whole span}
  timed "summary, $what" "api/summary${filter:+?$filter}"
  timed "series, $what" "api/series${filter:+?$filter}"
  timed "ten top lists, $what" "api/top${filter:+?$filter}"
  timed "requests page 1, $what" "api/requests?page=0${filter:+&$filter}"
done
timed "requests page 100, whole span" "api/requests?page=99"
