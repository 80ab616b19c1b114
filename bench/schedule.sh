#!/usr/bin/env bash
# Benchmark: the staff home with its to-do list and the progress page (進行状況) of a municipality of 30 departments,
# 8 concurrent users on loopback (bench/ScheduleLoad.java: closed loop, p50/p95/p99 per page). サンプル市 gets 22 more
# departments in 2024 (30 in all), a saved schedule whose deadlines have passed, and plans in every state, so both
# pages have work on them; the planning section's account (sample-admin) is measured, who sees the most to-dos.
#   bench/schedule.sh [seconds] [users]   default 30 s per page (after a 10 s warm-up), 8 users. Target: p95 ≤ 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
users="${2:-8}"
. bench/lib.sh
start_hoshin schedule
work=$(mktemp -d /tmp/hoshin-bench-schedule.XXXXXX)
jar="$work/cookies"
code=990001
year=2024
sign_in sample-admin "$jar"
token() { curl -s -c "$jar" -b "$jar" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p; }

have=$(curl -s -b "$jar" "$base/staff/m/$code/$year/departments" | grep -o "/staff/m/$code/$year/departments/[a-z0-9-]*\"" | sort -u | wc -l)
t=$(token "$base/staff/m/$code/$year/departments")
for ((i = have + 1; i <= 30; i++)); do
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$t" --data-urlencode "newCode=bench-$i" \
    --data-urlencode "newName=ベンチマーク第${i}部" "$base/staff/m/$code/$year/departments"
done
echo "サンプル市 $year: $(curl -s -b "$jar" "$base/staff/m/$code/$year/departments" | grep -o "/staff/m/$code/$year/departments/[a-z0-9-]*\"" | sort -u | wc -l) departments"

# the schedule as the form proposes it, with 提出 due on 2024-04-20 (passed): every unsubmitted plan is late
t=$(token "$base/staff/m/$code/$year/schedule")
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "_csrf=$t" --data-urlencode "version=-1" \
  --data-urlencode "lines[0].step=PLAN_SUBMIT" --data-urlencode "lines[0].checkpoint=0" --data-urlencode "lines[0].due=2024-04-20" \
  --data-urlencode "lines[1].step=PLAN_CONSULT" --data-urlencode "lines[1].checkpoint=0" --data-urlencode "lines[1].due=2024-05-10" \
  --data-urlencode "lines[2].step=PLAN_FINALIZE" --data-urlencode "lines[2].checkpoint=0" --data-urlencode "lines[2].due=2024-05-25" \
  --data-urlencode "lines[3].step=PLAN_PUBLISH" --data-urlencode "lines[3].checkpoint=0" --data-urlencode "lines[3].due=2024-06-01" \
  --data-urlencode "lines[4].step=MIDYEAR" --data-urlencode "lines[4].checkpoint=1" --data-urlencode "lines[4].due=2024-10-15" \
  --data-urlencode "lines[5].step=RESULTS_SUBMIT" --data-urlencode "lines[5].checkpoint=0" --data-urlencode "lines[5].due=2025-04-30" \
  --data-urlencode "lines[6].step=RESULTS_PUBLISH" --data-urlencode "lines[6].checkpoint=0" --data-urlencode "lines[6].due=2025-06-15" \
  --data-urlencode "lines[7].step=EVALUATION_FIRST" --data-urlencode "lines[7].checkpoint=0" --data-urlencode "lines[7].due=2024-07-31" \
  --data-urlencode "lines[8].step=EVALUATION_SECOND" --data-urlencode "lines[8].checkpoint=0" --data-urlencode "lines[8].due=2024-09-30" \
  --data-urlencode "lines[9].step=WHITE_PAPER" --data-urlencode "lines[9].checkpoint=0" --data-urlencode "lines[9].due=2025-07-31" \
  "$base/staff/m/$code/$year/schedule")
[ "$status" = 302 ] || [ "$status" = 200 ] || { echo "saving the schedule answered $status" >&2; exit 1; }

session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[ -n "$session" ] || { echo "サインインできませんでした" >&2; exit 1; }
tasks=$(curl -s -b "$jar" "$base/api/v1/me/tasks" | grep -o '"kind"' | wc -l)
echo "to-dos of sample-admin: $tasks"
# CPU time of Hoshin (java) and PostgreSQL per request besides the latency: on a shared machine the latency says little,
# the CPU per request says what the pages cost
pid=$(ss -ltnp "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_cpu() { local t=0 p; for p in $(pgrep -f "postgres.*$(readlink -f "${BENCH_DATA_DIR:-target/bench-data}")" || true); do
  t=$((t + $(cpu_of "$p"))); for c in $(pgrep -P "$p" || true); do t=$((t + $(cpu_of "$c"))); done; done; echo $t; }
hz=$(getconf CLK_TCK)
# JIT warm-up of both pages before either is measured
java bench/ScheduleLoad.java "$base" "$session" "$users" 15 0 "/staff/m/$code" "/staff/m/$code/$year/progress" >/dev/null
for path in "/staff/m/$code" "/staff/m/$code/$year/progress"; do
  j0=$(cpu_of "$pid"); p0=$(pg_cpu)
  out=$(java bench/ScheduleLoad.java "$base" "$session" "$users" 10 "$secs" "$path")
  j1=$(cpu_of "$pid"); p1=$(pg_cpu)
  echo "$out"
  n=$(echo "$out" | awk '{print $2}')
  # the warm-up's requests used CPU too: count them at the measured rate
  awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$hz" -v n="$n" -v w=10 -v s="$secs" \
    'BEGIN { total = n * (s + w) / s; printf "  CPU per request: Hoshin %.1f ms, PostgreSQL %.1f ms\n", j * 1000 / hz / total, p * 1000 / hz / total }'
done
