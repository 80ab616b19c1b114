#!/usr/bin/env bash
# Benchmark: the floor of any signed-in page — what the session in PostgreSQL and the security filter chain cost before a
# page is built. wrk with 32 connections on /actuator/health without and with a session cookie, and on a trivial staff
# page, each with the CPU share of Hoshin (java) and PostgreSQL from top.
#   bench/signed-in.sh [seconds] [extra-path]   default 15 s per URL; extra-path (e.g. a staff page) is measured too;
#   CONNECTIONS (default 32); BENCH_JAR (bench/lib.sh) runs a built jar as it is
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-15}"
extra="${2:-}"
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk がありません: apt-get install wrk" >&2; exit 1; }
start_hoshin signed-in
work=$(mktemp -d /tmp/hoshin-bench-signed-in.XXXXXX)
jar="$work/cookies"
sign_in sample-admin "$jar"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[ -n "$session" ] || { echo "サインインできませんでした" >&2; exit 1; }

measure() {  # LABEL URL [cookie]
  local args=(-t2 -c"${CONNECTIONS:-32}")
  [ -z "${3:-}" ] || args+=(-H "Cookie: SESSION=$session")
  wrk "${args[@]}" -d5s "$2" >/dev/null
  wrk "${args[@]}" -d"${secs}s" --latency "$2" > "$work/wrk.txt" &
  local w=$!
  sleep 2
  local cpu
  cpu=$(top -b -n2 -d"$((secs - 4))" | awk '/^ *PID/ {n++; next} n == 2 {a[$12] += $9} END {printf "java %d%%, postgres %d%%", a["java"], a["postgres"]}')
  wait $w
  printf '%-34s %8s req/s  p99 %-9s (%s)\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" \
    "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")" "$cpu"
}

measure "health, no session" "$base/actuator/health"
measure "health, signed in" "$base/actuator/health" cookie
measure "staff home, signed in" "$base/staff/m/990001" cookie
[ -z "$extra" ] || measure "$extra" "$base$extra" cookie
