#!/usr/bin/env bash
# Two builds side by side, uncached (issue 19's render cost): what a change gained, on a machine whose speed drifts.
# Both jars run at once (cache and search off, fresh demo data each); each page is measured on one, then the other,
# ROUNDS times (wrk -t2 -c8, SECONDS each after a short warm-up), and the best round of each is printed: the highest
# req/s and the lowest CPU ms per request (Hoshin's process, /proc), the figures least disturbed by other work.
#   bench/uncached-ab.sh BEFORE.jar AFTER.jar [rounds] [seconds]      PAGES="…" chooses the pages
# Needs wrk. Ports 18101 and 18102; data in a temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"; after="$2"; rounds="${3:-3}"; secs="${4:-6}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PAGES=${PAGES:-"/m/132047/2020/departments /m/990001/2024/results /m/132047/policy/kihon-keikaku-4/K2-3 /api/v1/municipalities/132047/fiscal-years/2020/departments"}
work=$(mktemp -d /tmp/hoshin-ab.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
for side in before:18101 after:18102; do
  name=${side%%:*}; port=${side#*:}; jar=$before; [ "$name" = after ] && jar=$after
  HOSHIN_PUBLIC_CACHE_ENABLED=false HOSHIN_SEARCH_ENABLED=false PORT=$port HOSHIN_DATA_DIR="$work/$name" \
    "$java" -Xmn128m -jar "$jar" > "$work/$name.log" 2>&1 &
  pids+=($!)
done
for port in 18101 18102; do
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do sleep 1; done
done
one() {  # PORT PATH SECONDS → "rps cpu_ms"
  local pid b a out
  pid=$(ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
  b=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  out=$(wrk -t2 -c8 -d"$3s" "http://127.0.0.1:$1$2")
  a=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(awk -v t=$((a - b)) -v hz="$(getconf CLK_TCK)" \
    -v r="$(echo "$out" | awk '/requests in/ {print $1}')" 'BEGIN {printf "%.2f", t * 1000 / hz / r}')"
}
for p in $PAGES; do for port in 18101 18102; do one $port "$p" 4 >/dev/null; done; done   # warm-up
for r in $(seq 1 "$rounds"); do
  for p in $PAGES; do
    for port in 18101 18102; do echo "$p $port $(one $port "$p" "$secs")"; done
  done
done > "$work/rounds"
printf '%-60s %12s %12s %12s %12s\n' page rps_before rps_after cpu_before cpu_after
for p in $PAGES; do
  awk -v p="$p" '$1 == p {if ($2 == 18101) {if ($3 > rb) rb = $3; if (cb == "" || $4 < cb) cb = $4}
                          else {if ($3 > ra) ra = $3; if (ca == "" || $4 < ca) ca = $4}}
    END {printf "%-60s %12s %12s %12s %12s\n", p, rb, ra, cb, ca}' "$work/rounds"
done
echo "rounds: $rounds × $secs s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
