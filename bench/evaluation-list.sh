#!/usr/bin/env bash
# Benchmark: the planning section's budget list (予算査定用一覧) of 150 sheets under load, signed in (the public page
# cache does not apply); target p99 ≤ 25 ms at 32 connections.
#   bench/evaluation-list.sh [seconds] [query]     default 30 s, no filter
# Starts Hoshin on BENCH_PORT (default 18080) with fresh data, creates and fills 150 sheets of サンプル市 令和6年度, opens
# 令和7年度 and carries them forward (so each line is compared with last year's sheet), fills those, then runs wrk with the
# session cookie on /staff/m/990001/2025/evaluations/budget.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
query="${2:-}"
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk がありません: apt-get install wrk" >&2; exit 1; }
start_hoshin evaluation-list
. bench/evaluation-lib.sh
trap 'kill $launcher 2>/dev/null || true; rm -rf "$work"' EXIT
eval_sign_in
ensure_sheets 2024 150
fill_year 2024 11 >/dev/null
token=$(eval_token "$base/staff/m/$code")
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" "$base/staff/m/$code/years?year=2025"
token=$(eval_token "$base/staff/m/$code/2025/evaluations")
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" --data-urlencode "yen=8,500,000" "$base/staff/m/$code/2025/evaluations/labor-cost"
token=$(eval_token "$base/staff/m/$code/2025/evaluations")
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" "$base/staff/m/$code/2025/evaluations/carry-forward"
echo "サンプル市 2025: $(sheet_count 2025) sheets carried forward"
fill_year 2025 22 >/dev/null
url="$base/staff/m/$code/2025/evaluations/budget${query:+?$query}"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
lines=$(curl -s -H "Cookie: SESSION=$session" "$url" | grep -c '<th scope="row"><a href=' || true)
echo "budget list: $lines lines"
[ "$lines" -ge 150 ] || { echo "the list does not show 150 sheets" >&2; exit 1; }
echo "warm-up 15 s…"
wrk -t2 -c32 -d15s -H "Cookie: SESSION=$session" "$url" >/dev/null
wrk -t2 -c32 -d"${secs}s" --latency -H "Cookie: SESSION=$session" "$url" | tee /tmp/hoshin-wrk-evaluation-list.txt
