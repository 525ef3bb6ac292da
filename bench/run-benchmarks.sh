#!/usr/bin/env bash
# Benchmarks s3logs against the usual ways of reading S3 access logs, in two parts:
#   1. JMH, lines/s on one thread: s3logsParse, s3logsNdjson, grokParse, athenaRegex;
#   2. whole process on one generated file: `s3logs parse FILE` against GrokParseProgram
#      (Logstash's S3_ACCESS_LOG grok pattern, then Jackson), wall clock and CPU seconds.
#
# Run from anywhere (it works from the repository root). Builds the jars if they are missing.
# Environment:
#   JMH_ARGS      JMH options (default: -f 1 -wi 3 -w 2s -i 5 -r 3s, sized for 2 cores)
#   LINES         lines to generate for part 2 (default: 1000000)
#   RUNS          interleaved runs of each program in part 2; the median is reported (default: 3)
#   SKIP_JMH=1    skip part 1;   SKIP_PROCESS=1   skip part 2
#   S3LOGS_JAVA_OPTS  JVM options; the launcher applies them to s3logs, so this script applies
#                 them to the grok program too (default: the launcher's own default options, so
#                 both programs always run with the same JVM options)
# Both programs in part 2 run on the `java` found on PATH, as ./s3logs does.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_JAR=bench/target/benchmarks.jar
APP_JAR=app/target/s3logs.jar
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 3s}
LINES=${LINES:-1000000}
RUNS=${RUNS:-3}
SEED=7
# Split into words on purpose, as the launcher does.
LAUNCHER_OPTS=$(sed -n 's/^default_java_opts="\(.*\)"$/\1/p' s3logs)
read -r -a JAVA_OPTS <<< "${S3LOGS_JAVA_OPTS-$LAUNCHER_OPTS}"

build_if_missing() {
  if [[ -f $BENCH_JAR && -f $APP_JAR ]]; then
    return
  fi
  echo "== Building: $BENCH_JAR or $APP_JAR is missing"
  if [[ -x ./mvnw ]]; then
    ./mvnw -q -B -DskipTests package
  else
    mvn -q -B -DskipTests package
  fi
}

# The launcher when it exists, else the app jar it would run.
s3logs_command() {
  if [[ -x ./s3logs ]]; then
    S3LOGS=(./s3logs)
  else
    S3LOGS=(java "${JAVA_OPTS[@]}" -jar "$APP_JAR")
  fi
}

run_jmh() {
  echo "== Which lines each contender understands (untimed)"
  java -cp "$BENCH_JAR" dev.s3logs.bench.MatchCounts
  echo
  echo "== JMH: ops/s are lines/s on one thread ($JMH_ARGS)"
  # JMH_ARGS is split into words on purpose.
  # shellcheck disable=SC2086
  java -jar "$BENCH_JAR" ParseBenchmark $JMH_ARGS
}

# Runs a command with stdout to /dev/null; leaves "wall user sys" in $WORK/$1.time.
measure() {
  local label=$1
  shift
  if ! /usr/bin/time -f '%e %U %S' -o "$WORK/$label.time" "$@" > /dev/null 2> "$WORK/$label.err"; then
    echo "$label failed:" >&2
    cat "$WORK/$label.err" >&2
    exit 1
  fi
}

run_process_comparison() {
  local file="$WORK/access.log"
  echo
  echo "== Whole process: generating $LINES lines (seed $SEED) into $file"
  # Generating first also lets the launcher rebuild a stale jar outside the timed runs.
  "${S3LOGS[@]}" generate --lines "$LINES" --seed "$SEED" -o "$file"
  # Read the file once so that neither run pays for the first read from disk.
  cat "$file" > /dev/null
  local grok=(java "${JAVA_OPTS[@]}" -cp "$BENCH_JAR" dev.s3logs.bench.GrokParseProgram)
  # Shared machines drift from minute to minute: interleave the runs and report the median.
  for run in $(seq "$RUNS"); do
    echo "== Run $run of $RUNS: ${S3LOGS[*]} parse FILE, then ${grok[*]} FILE (stdout to /dev/null)"
    measure s3logs "${S3LOGS[@]}" parse "$file"
    cat "$WORK/s3logs.time" >> "$WORK/s3logs.times"
    measure grok "${grok[@]}" "$file"
    cat "$WORK/grok.time" >> "$WORK/grok.times"
  done
  echo "s3logs stderr: $(tr '\n' ' ' < "$WORK/s3logs.err")"
  echo "grok stderr:   $(tr '\n' ' ' < "$WORK/grok.err")"
  print_table "$(du -m "$file" | cut -f1)"
}

# Median wall seconds and median user+sys seconds of a file of "wall user sys" lines.
medians() {
  local walls cpus
  walls=$(awk '{ print $1 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  cpus=$(awk '{ print $2 + $3 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "$walls $cpus"
}

print_table() {
  local megabytes=$1
  echo
  echo "Whole process, $LINES lines ($megabytes MB), median of $RUNS runs each," \
    "$(java -version 2>&1 | head -1), $(nproc) CPUs"
  echo "all runs (wall user sys): s3logs $(tr '\n' ';' < "$WORK/s3logs.times") grok $(tr '\n' ';' < "$WORK/grok.times")"
  read -r s_wall s_cpu < <(medians "$WORK/s3logs.times")
  read -r g_wall g_cpu < <(medians "$WORK/grok.times")
  awk -v lines="$LINES" -v sw="$s_wall" -v sc="$s_cpu" -v gw="$g_wall" -v gc="$g_cpu" '
    BEGIN {
      printf "%-28s %8s %12s %14s %18s\n", "program", "wall s", "user+sys s", "lines/s", "lines per CPU-s"
      row("s3logs parse", sw, sc)
      row("grok (GrokParseProgram)", gw, gc)
      printf "%-28s %7.1fx %11.1fx\n", "speed-up, grok / s3logs", gw / sw, gc / sc
    }
    function row(name, w, c) {
      printf "%-28s %8.2f %12.2f %14d %18d\n", name, w, c, lines / w, lines / c
    }'
}

main() {
  build_if_missing
  s3logs_command
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
  if [[ ${SKIP_JMH:-0} != 1 ]]; then
    run_jmh
  fi
  if [[ ${SKIP_PROCESS:-0} != 1 ]]; then
    run_process_comparison
  fi
}

main "$@"
