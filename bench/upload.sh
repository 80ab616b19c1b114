#!/usr/bin/env bash
# Benchmark: uploading a filled plan workbook (「Excelから取り込む」) on loopback with curl, N times.
#   bench/upload.sh [times] [projects] [targets]     default 20 uploads of 20 projects × 3 targets
# Each round downloads the plan's workbook (current version), fills it (bench/PlanWorkbookFiller.java:
# every round changes every project), and times the upload; then times uploading an unchanged
# download (「変更はありませんでした」). Prints median and p95 in ms of both; the target is ≤ 300 ms.
# Uses the Hoshin answering on BENCH_PORT (default 18080) if there is one; otherwise starts
# `./hoshin run` there with its own data (BENCH_DATA_DIR, default /tmp/hoshin-bench-upload) and stops it.
# Signs in as BENCH_USER (default mitaka-admin) with HOSHIN_DEMO_PASSWORD; the plan is BENCH_PLAN
# (default 132047/2020/toshi-saisei), started by the first upload when it does not exist yet.
set -euo pipefail
export HOSHIN_AOT="${HOSHIN_AOT:-now}"  # the AOT cache is recorded before a start, never beside a measurement
cd "$(dirname "$0")/.."
times="${1:-20}"
projects="${2:-20}"
targets="${3:-3}"
port="${BENCH_PORT:-18080}"
user="${BENCH_USER:-mitaka-admin}"
password="${HOSHIN_DEMO_PASSWORD:-hoshin-demo-local}"
plan="${BENCH_PLAN:-132047/2020/toshi-saisei}"   # municipality/year/department
read -r municipality year department <<<"${plan//\// }"
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/hoshin-bench-upload.XXXXXX)
launcher=""
cleanup() {
  [ -n "$launcher" ] && kill "$launcher" 2>/dev/null && wait "$launcher" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

up() { curl -sf "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; }
if up; then
  echo "using the Hoshin already running on port $port"
else
  echo "starting Hoshin on port $port (data in ${BENCH_DATA_DIR:-/tmp/hoshin-bench-upload})…"
  PORT=$port HOSHIN_DATA_DIR="${BENCH_DATA_DIR:-/tmp/hoshin-bench-upload}" ./hoshin run >"$work/hoshin.log" 2>&1 &
  launcher=$!
  until up; do
    sleep 0.2
    kill -0 "$launcher" 2>/dev/null || { cat "$work/hoshin.log" >&2; echo "Hoshin exited" >&2; exit 1; }
  done
fi

# POI for the helper: the libraries of the built application
lib=target/app/lib
if [ ! -d "$lib" ]; then
  [ -f target/hoshin.jar ] || ./hoshin build -q >/dev/null
  java -Djarmode=tools -jar target/hoshin.jar extract --destination "$work/app" >/dev/null
  lib="$work/app/lib"
fi
javac -nowarn -cp "$lib/*" -d "$work/classes" bench/PlanWorkbookFiller.java

# sign in (form login with its CSRF token), then take the token of the plan page's forms
jar="$work/cookies"
token() {  # url → the CSRF token of its first form (read whole, so that no pipe is cut short)
  curl -s -c "$jar" -b "$jar" -o "$work/form.html" "$1"
  sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/form.html" | sed -n 1p
}
csrf=$(token "$base/login")
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
page="$base/staff/m/$municipality/$year/plans/$department"
csrf=$(token "$page")
[ -n "$csrf" ] || { echo "cannot open $page as $user" >&2; exit 1; }

upload() {  # file → prints ms; fails unless the page then says $2
  local ms
  ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -c "$jar" -b "$jar" \
         -F "_csrf=$csrf" -F "file=@$1;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$page/workbook")
  [ "${ms%% *}" = 302 ] || { echo "upload answered ${ms%% *}" >&2; exit 1; }
  curl -sf -c "$jar" -b "$jar" -o "$work/page.html" "$page"
  grep -q "$2" "$work/page.html" || { cp "$work/page.html" /tmp/bench-last-page.html;
    echo "the upload did not succeed (page kept in /tmp/bench-last-page.html):" >&2; grep -o '<li>[^<]*</li>' "$work/page.html" | head -5 >&2; exit 1; }
  awk -v s="${ms#* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}
stats() {  # label, file of ms values
  sort -n "$2" | awk -v label="$1" '{a[NR]=$1} END {
    p95 = a[int(NR * 0.95 + 0.999)]; if (p95 == "") p95 = a[NR];
    printf "%-34s median %6.1f ms   p95 %6.1f ms   min %6.1f   max %6.1f   (%d uploads)\n", label, a[int((NR+1)/2)], p95, a[1], a[NR], NR }'
}

round() {  # number → appends the two timings
  local i=$1
  curl -sf -b "$jar" -o "$work/current.xlsx" "$page/workbook"
  java -cp "$work/classes:$lib/*" PlanWorkbookFiller "$work/current.xlsx" "$work/filled.xlsx" "$projects" "$targets" "$((run + i))"
  upload "$work/filled.xlsx" "取り込みました" >>"$work/changed"
  curl -sf -b "$jar" -o "$work/current.xlsx" "$page/workbook"
  upload "$work/current.xlsx" "変更はありませんでした" >>"$work/unchanged"
}

warmup="${BENCH_WARMUP:-3}"
run=$(( $(date +%s) % 1000000 * 1000 ))  # every run writes new content, so that each filled upload changes the plan
echo "plan $plan: $warmup warm-up rounds, then $times rounds, each a filled workbook of $projects projects × $targets targets and an unchanged one"
for i in $(seq 1 "$warmup"); do round "$((1000 + i))"; done
: >"$work/changed"; : >"$work/unchanged"
for i in $(seq 1 "$times"); do
  round "$i"
  printf "round %d: %s ms filled, %s ms unchanged\n" "$i" "$(tail -1 "$work/changed")" "$(tail -1 "$work/unchanged")"
done
echo "size of a filled workbook: $(( $(stat -c %s "$work/filled.xlsx") / 1024 )) KiB"
stats "upload, every project changed:" "$work/changed"
stats "upload, unchanged (no revision):" "$work/unchanged"
