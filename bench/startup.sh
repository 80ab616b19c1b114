#!/usr/bin/env bash
# Benchmark: cold start of the README's first command (./hoshin run) to a ready /actuator/health,
# on a second start (jar built, embedded PostgreSQL data already under ./data). Runs N starts.
#   bench/startup.sh [runs]     (default 5)
set -euo pipefail
export HOSHIN_AOT="${HOSHIN_AOT:-now}"  # the AOT cache is recorded before a start, never beside a measurement
cd "$(dirname "$0")/.."
runs="${1:-5}"
port="${BENCH_PORT:-18080}"
touch pom.xml && ./hoshin build -q >/dev/null  # jar only; ./hoshin run below prepares the AOT cache
# first start: creates ./data if needed; not measured
start_once() {
  local t0 t1 pid
  t0=$(date +%s.%N)
  PORT=$port ./hoshin run >/tmp/hoshin-startup.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    sleep 0.05
    if ! kill -0 $pid 2>/dev/null; then echo "Hoshin exited; see /tmp/hoshin-startup.log" >&2; exit 1; fi
  done
  t1=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}
start_once >/dev/null
results=()
for i in $(seq 1 "$runs"); do
  s=$(start_once)
  results+=("$s")
  printf "start %d: %.2f s\n" "$i" "$s"
done
printf "%s\n" "${results[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.2f s, min %.2f s, max %.2f s over %d starts\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
