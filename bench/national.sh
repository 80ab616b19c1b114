#!/usr/bin/env bash
# National scale (issue 19): the same pages of one municipality (サンプル市, 990001) on the demo data and then with
# SCALE × 1,741 generated municipalities beside it (bench/national.sql: 10 fiscal years of 30 departments, 300 projects
# with 3 targets, 150 evaluation sheets, 70 indicators with yearly values; 10,000 × SCALE opinions), one Hoshin, one run.
# Target: every page within 1.5× of its time on the demo data.
#   bench/national.sh [SCALE] [seconds]   default SCALE 0.05 (87 municipalities), 10 s per page and phase
# Data in target/national-data (NATIONAL_DATA_DIR), never ./data; kept after the run (rm -rf it to start over).
# Prints per page: demo req/s, p50, p99 | national req/s, p50, p99 | ratio of mean latency; then the database size and the
# slowest statements by mean time (pg_stat_statements, loaded into the embedded PostgreSQL for this data directory).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-0.05}"
secs="${2:-10}"
n=$(awk -v s="$scale" 'BEGIN {n = int(1741 * s + 0.5); print n < 1 ? 1 : n}')
opinions=$(awk -v s="$scale" 'BEGIN {print int(10000 * s + 0.5)}')
export BENCH_DATA_DIR="${NATIONAL_DATA_DIR:-target/national-data}"
case "$(realpath -m "$BENCH_DATA_DIR")" in "$(realpath -m data)"*) echo "national.sh は ./data を使いません" >&2; exit 1 ;; esac
. bench/lib.sh
command -v wrk >/dev/null && command -v psql >/dev/null || { echo "wrk と psql が必要です" >&2; exit 1; }
export HOSHIN_PUBLIC_CACHE_ENABLED=false
start_hoshin national
sql() { hoshin_sql national "$@"; }
# pg_stat_statements is loaded when PostgreSQL starts: set in this data directory's settings, then Hoshin started again
if [ "$(sql -c "show shared_preload_libraries")" != pg_stat_statements ]; then
  sql -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
  kill "$launcher"; wait "$launcher" 2>/dev/null || true
  start_hoshin national
fi
sql -c "create extension if not exists pg_stat_statements"
work=$(mktemp -d /tmp/hoshin-national.XXXXXX)
jar="$work/cookies"
sign_in sample-admin "$jar"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")

PAGES="/m/990001/2024/departments /m/990001/2024/results /m/990001/policy /m/990001/2024/evaluations / \
staff:/staff/m/990001 staff:/staff/m/990001/2024/evaluations/budget staff:/staff/m/990001/2024/plans"
measure() {  # PHASE → one line per page in $work/PHASE
  : > "$work/$1"
  for entry in $PAGES; do
    local args=(-t2 -c8) p="${entry#staff:}"
    [ "$p" = "$entry" ] || args+=(-H "Cookie: SESSION=$session")
    wrk "${args[@]}" -d3s "$base$p" >/dev/null 2>&1
    wrk "${args[@]}" -d"${secs}s" --latency "$base$p" > "$work/wrk.txt" 2>&1
    echo "$entry $(awk '/Requests\/sec/ {r = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
      $1 == "Latency" && $2 != "Distribution" {mean = $2} END {print r, p50, p99, mean}' "$work/wrk.txt")" >> "$work/$1"
  done
}
ms() { awk -v t="$1" 'BEGIN {v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0; else if (t ~ /s$/) v *= 1000; print v}'; }

generated=$(sql -c "select count(*) from municipality where code like '9_____' and code <> '990001'")
if [ "$generated" = 0 ]; then
  measure demo
  cp "$work/demo" "$BENCH_DATA_DIR/demo-times.txt"
  echo "生成中: $n 自治体 × 10 年度, 意見 $opinions 件…" >&2
  start=$(date +%s)
  sql -v n="$n" -v years=10 -v opinions="$opinions" -f bench/national.sql
  echo "生成: $(( $(date +%s) - start )) s" >&2
else
  echo "生成済みのデータ（$generated 自治体）を使います" >&2
fi
sql -c "select pg_stat_statements_reset()" >/dev/null
measure national
printf '%-52s %9s %9s %9s | %9s %9s %9s | %6s\n' page demo_rps p50 p99 nat_rps p50 p99 ratio
while read -r page r1 a1 b1 m1; do
  read -r _ r2 a2 b2 m2 < <(grep "^$page " "$work/national")
  printf '%-52s %9s %9s %9s | %9s %9s %9s | %6.2f\n' "$page" "$r1" "$a1" "$b1" "$r2" "$a2" "$b2" \
    "$(awk -v a="$(ms "$m2")" -v b="$(ms "$m1")" 'BEGIN {print a / b}')"
done < "$BENCH_DATA_DIR/demo-times.txt"
echo "municipalities: $(sql -c "select count(*) from municipality"), database size: $(sql -c "select pg_size_pretty(pg_database_size('hoshin'))")"
echo "rows: $(sql -c "select string_agg(relname || ' ' || n_live_tup, ', ' order by n_live_tup desc) from (select relname, n_live_tup from pg_stat_user_tables order by n_live_tup desc limit 8) t")"
echo "slowest statements (mean ms, calls, statement):"
sql -F ' | ' -c "select round(mean_exec_time::numeric, 2), calls, left(regexp_replace(query, '\s+', ' ', 'g'), 160)
  from pg_stat_statements where dbid = (select oid from pg_database where datname = 'hoshin')
  order by mean_exec_time desc limit 12"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
