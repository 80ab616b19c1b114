#!/usr/bin/env bash
# Benchmark: the JSON search (GET /api/v1/municipalities/{code}/search?q=) over a mix of queries on the demo data,
# one user, every request searching (target p95 ≤ 50 ms).
#   bench/search.sh [rounds]   default 5 (each round asks every query of src/test/resources/search/recall-queries.tsv)
# Starts Hoshin with the public page cache off (HOSHIN_PUBLICCACHE_ENABLED=false) and waits until its search index is
# built; with BENCH_BASE=http://host:port it measures an instance already running instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
. bench/lib.sh
if [ -n "${BENCH_BASE:-}" ]; then
  base="$BENCH_BASE"
else
  export HOSHIN_PUBLICCACHE_ENABLED=false
  start_hoshin search
fi
# the index is built in the background after start: wait until both demo cities answer
for code in 132047 990001; do
  until curl -sf "$base/api/v1/municipalities/$code/search?q=%E8%A8%88%E7%94%BB" | grep -q '"ready":true'; do sleep 0.5; done
done
work=$(mktemp -d)
grep -v '^#' src/test/resources/search/recall-queries.tsv | awk -F'\t' 'NF >= 2 { print $1 "\t" $2 }' > "$work/queries"
urls="$work/urls"
: > "$urls"
while IFS=$'\t' read -r code query; do
  printf '%s/api/v1/municipalities/%s/search?q=%s\n' "$base" "$code" \
    "$(printf '%s' "$query" | od -An -tx1 -v | tr -d ' \n' | sed 's/\(..\)/%\1/g')" >> "$urls"
done < "$work/queries"
n=$(wc -l < "$urls")
while read -r url; do curl -sf -o /dev/null "$url"; done < "$urls"   # warm-up: one round
for _ in $(seq "$rounds"); do
  while read -r url; do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done < "$urls"
done | sort -n | awk -v n="$((n * rounds))" -v q="$n" '
  { t[NR] = $1 * 1000 }
  END { printf "search JSON (uncached, one user, %d queries): median %.1f ms, p95 %.1f ms, max %.1f ms over %d requests\n", q, t[int((n + 1) / 2)], t[int(n * 0.95)], t[n], n }'
