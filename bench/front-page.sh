#!/usr/bin/env bash
# Benchmark: a municipality's front page (the city at a glance) rendered on every request, one user (target p95 ≤ 50 ms).
#   bench/front-page.sh [municipality] [requests]   default 132047 200
# Starts Hoshin with the public page cache off (HOSHIN_PUBLICCACHE_ENABLED=false), so every request reads and renders;
# with BENCH_BASE=http://host:port it measures an instance already running instead (start that one with the cache off).
set -euo pipefail
cd "$(dirname "$0")/.."
code="${1:-132047}"; runs="${2:-200}"
. bench/lib.sh
if [ -n "${BENCH_BASE:-}" ]; then
  base="$BENCH_BASE"
else
  export HOSHIN_PUBLICCACHE_ENABLED=false
  start_hoshin front-page
fi
url="$base/m/$code/"
curl -sf -o /dev/null "$url" || { echo "$url does not answer 200" >&2; exit 1; }
for _ in $(seq 20); do curl -sf -o /dev/null "$url"; done
for _ in $(seq "$runs"); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n | awk -v n="$runs" '
  { t[NR] = $1 * 1000 }
  END { printf "front page %s (uncached, one user): median %.1f ms, p95 %.1f ms, max %.1f ms over %d requests\n", "'"$code"'", t[int((n + 1) / 2)], t[int(n * 0.95)], t[n], n }'
