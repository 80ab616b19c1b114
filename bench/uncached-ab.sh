#!/usr/bin/env bash
# Two builds side by side, uncached (issue 19's render cost): what a change gained, on a machine whose speed drifts.
# Both jars run at once (cache and search off, fresh demo data each); each page is measured on one, then the other,
# ROUNDS times (wrk -t2 -c8, SECONDS each after a short warm-up), and the best round of each is printed: the highest
# req/s and the lowest CPU ms per request (Hoshin's process, /proc), the figures least disturbed by other work, and the
# lowest CPU ms per request of its embedded PostgreSQL (the server and its connections), which shares the cores.
#   bench/uncached-ab.sh BEFORE.jar AFTER.jar [rounds] [seconds]      PAGES="…" chooses the pages
# SIGN_IN=user measures signed-in pages instead: each side signs in as that demo account and sends its session cookie
# (CONNECTIONS=16 for issue 19's signed-in target); the p99 of the best round is printed too.
# AB_OPTS_BEFORE / AB_OPTS_AFTER: extra java options for one side (a GC, -Dhoshin.requests.at-once=…): the same jar
# twice with two settings compares the settings.
# Needs wrk. Ports 18101 and 18102 (AB_PORTS="A B" to choose); data in a temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
before="$1"; after="$2"; rounds="${3:-3}"; secs="${4:-6}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PAGES=${PAGES:-"/m/132047/2020/departments /m/990001/2024/results /m/132047/policy/kihon-keikaku-4/K2-3 /api/v1/municipalities/132047/fiscal-years/2020/departments"}
read -r port_before port_after <<< "${AB_PORTS:-18101 18102}"
connections="${CONNECTIONS:-8}"
work=$(mktemp -d /tmp/hoshin-ab.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
for side in before:$port_before after:$port_after; do
  name=${side%%:*}; port=${side#*:}; jar=$before; opts=${AB_OPTS_BEFORE:-}
  [ "$name" = after ] && jar=$after && opts=${AB_OPTS_AFTER:-}
  HOSHIN_PUBLIC_CACHE_ENABLED=false HOSHIN_SEARCH_ENABLED=false PORT=$port HOSHIN_DATA_DIR="$work/$name" \
    "$java" -Xmn128m $opts -jar "$jar" > "$work/$name.log" 2>&1 &
  pids+=($!)
done
declare -A cookie
for port in $port_before $port_after; do
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do sleep 1; done
  if [ -n "${SIGN_IN:-}" ]; then
    base="http://127.0.0.1:$port" sign_in "$SIGN_IN" "$work/cookies-$port"
    cookie[$port]="Cookie: SESSION=$(awk '$6 == "SESSION" {print $7}' "$work/cookies-$port")"
  fi
done
database_ticks() {  # PORT → CPU ticks of the PostgreSQL embedded by the Hoshin on PORT: its server, the server's
  # children now (the connections) and the children it has reaped
  local side=before postmaster t=0 c
  [ "$1" = "$port_after" ] && side=after
  postmaster=$(pgrep -f -- "-D $work/$side/postgres" | head -1)
  [ -n "$postmaster" ] || { echo 0; return; }
  t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for c in $(pgrep -P "$postmaster"); do t=$((t + $(awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || echo 0))); done
  echo "$t"
}
one() {  # PORT PATH SECONDS → "rps cpu_ms p99_ms db_cpu_ms"
  local pid b a db dba out n args=(-t2 -c"$connections" -d"$3s" --latency)
  [ -z "${cookie[$1]:-}" ] || args+=(-H "${cookie[$1]}")
  pid=$(ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
  b=$(awk '{print $14 + $15}' "/proc/$pid/stat"); db=$(database_ticks "$1")
  out=$(wrk "${args[@]}" "http://127.0.0.1:$1$2")
  a=$(awk '{print $14 + $15}' "/proc/$pid/stat"); dba=$(database_ticks "$1")
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(awk -v t=$((a - b)) -v hz="$(getconf CLK_TCK)" \
    -v r="$n" 'BEGIN {printf "%.2f", t * 1000 / hz / r}') $(echo "$out" |
    awk '$1 == "99%" {v = $2; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else v = v * 1000; print v}') $(
    awk -v t=$((dba - db)) -v hz="$(getconf CLK_TCK)" -v r="$n" 'BEGIN {printf "%.2f", t * 1000 / hz / r}')"
}
for p in $PAGES; do for port in $port_before $port_after; do one $port "$p" 4 >/dev/null; done; done   # warm-up
for r in $(seq 1 "$rounds"); do
  for p in $PAGES; do
    for port in $port_before $port_after; do echo "$p $port $(one $port "$p" "$secs")"; done
  done
done > "$work/rounds"
printf '%-60s %10s %10s %10s %10s %10s %10s %9s %9s\n' page rps_before rps_after cpu_before cpu_after p99_before \
  p99_after db_before db_after
for p in $PAGES; do
  awk -v p="$p" -v pb="$port_before" '$1 == p {if ($2 == pb) {if ($3 > rb) {rb = $3; lb = $5}; if (cb == "" || $4 < cb) cb = $4
                                         if (db == "" || $6 < db) db = $6}
                          else {if ($3 > ra) {ra = $3; la = $5}; if (ca == "" || $4 < ca) ca = $4; if (da == "" || $6 < da) da = $6}}
    END {printf "%-60s %10s %10s %10s %10s %10s %10s %9s %9s\n", p, rb, ra, cb, ca, lb, la, db, da}' "$work/rounds"
done
echo "rounds: $rounds × $secs s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
