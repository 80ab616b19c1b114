#!/usr/bin/env bash
# Benchmark: the README's first command on a fresh clone (issue 19): seconds to the first answer, whether every page
# answered 503 ("起動しています") until ready, seconds to ready (demo data loaded), then — once the background AOT cache is
# recorded — a second start's seconds to ready.
#   bench/first-start.sh        (clone of this repository's HEAD in a temporary directory; data there too)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-18085}"
base="http://127.0.0.1:$port"
work=$(mktemp -d "${TMPDIR:-/tmp}/hoshin-first-start.XXXXXX")
trap 'pkill -f "$work/" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$(pwd)" "$work/hoshin"
cd "$work/hoshin"

start() {  # LOG → sets first (s to the first answer), ready (s to ready), early (pages answered 200 before ready)
  local t0 code
  first="" early=0
  t0=$(date +%s.%N)
  PORT=$port HOSHIN_DATA_DIR="$work/data" HOSHIN_AOT=later ./hoshin run >"$1" 2>&1 &
  launcher=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base/m/132047/" || true)
    if [ "$code" != "000" ] && [ -z "$first" ]; then first=$(date +%s.%N); fi
    if curl -sf -o /dev/null "$base/actuator/health/readiness"; then break; fi
    [ "$code" = "200" ] && early=$((early + 1))
    kill -0 $launcher 2>/dev/null || { echo "Hoshin exited; see $1" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(awk -v a="$t0" -v r="$(date +%s.%N)" 'BEGIN { printf "%.1f", r - a }')
  first=$(awk -v a="$t0" -v f="$first" 'BEGIN { printf "%.1f", f - a }')
}

start "$work/first.log"
printf "first start (build included): first answer %s s, ready %s s, pages answered 200 before ready: %s times\n" \
  "$first" "$ready" "$early"
echo "waiting for the AOT cache recorded in the background…"
for _ in $(seq 1 450); do [ -f target/app/hoshin.aot ] && break; sleep 2; done
[ -f target/app/hoshin.aot ] && echo "AOT cache recorded" || echo "no AOT cache after 15 minutes (see target/app/aot-training.log)"
kill $launcher; wait $launcher 2>/dev/null || true
while pgrep -f "hoshin-aot-training" >/dev/null; do sleep 1; done
start "$work/second.log"
printf "second start: first answer %s s, ready %s s\n" "$first" "$ready"
kill $launcher; wait $launcher 2>/dev/null || true
