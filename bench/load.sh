#!/usr/bin/env bash
# Benchmark: a public department list page under load from wrk on loopback (32 connections),
# with the Hoshin process's memory (RSS) sampled during the run.
#   bench/load.sh [path] [seconds]   default /m/132047/2020/departments, 30 s (after a 15 s warm-up)
#   BENCH_GZIP=1 bench/load.sh …     ask for gzip as browsers do (Accept-Encoding: gzip, deflate, br)
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/m/132047/2020/departments}"
secs="${2:-30}"
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk がありません: apt-get install wrk" >&2; exit 1; }

start_hoshin load
pid=$(for p in $(pgrep -f "target/app/hoshin.jar"); do if [ "$(readlink /proc/$p/cwd)" = "$PWD" ]; then echo "$p"; fi; done | tail -1)
url="http://127.0.0.1:$port$path"
curl -sf -o /dev/null "$url" || { echo "$url does not answer 200" >&2; exit 1; }

headers=()
[ -z "${BENCH_GZIP:-}" ] || headers=(-H "Accept-Encoding: gzip, deflate, br")
echo "warm-up 15 s…"
wrk -t2 -c32 -d15s "${headers[@]}" "$url" >/dev/null
peak=0
( while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status); echo "$rss"; sleep 0.5
  done ) > /tmp/hoshin-rss.txt &
sampler=$!
wrk -t2 -c32 -d"${secs}s" --latency "${headers[@]}" "$url" | tee /tmp/hoshin-wrk.txt
kill $sampler 2>/dev/null || true
peak=$(sort -n /tmp/hoshin-rss.txt | tail -1)
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | head -3 | tr '\n' ' ' || true)
echo "process RSS peak during load: $((peak / 1024)) MiB"
echo "heap: $heap"
