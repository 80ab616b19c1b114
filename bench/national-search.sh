#!/usr/bin/env bash
# Search at national scale (issue 20): Hoshin on the data of bench/national.sh (kept in NATIONAL_DATA_DIR) with its
# search index on and the page cache off; waits until the index holds every municipality (no municipality re-indexed
# for a minute: a first build of 1,743 municipalities is about an hour and a half at nice 19 on a busy 2-core machine,
# later starts re-read nothing), asks every query once to warm up, then measures with bench/search.sh:
# the recall set of the demo municipalities, and the generated queries of the first and the last generated municipality.
#   NATIONAL_DATA_DIR=/path bench/national-search.sh [rounds]     default 3 rounds
#   BENCH_JAR=path   the jar to run (default: target/hoshin.jar, built with ./mvnw package -DskipTests)
#   NICE=19          the niceness of the instance while it builds its index (default 0)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
data="${NATIONAL_DATA_DIR:?NATIONAL_DATA_DIR: the data directory bench/national.sh filled}"
jar="${BENCH_JAR:-target/hoshin.jar}"
port="${BENCH_PORT:-18099}"
base="http://127.0.0.1:$port"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
log=$(mktemp /tmp/hoshin-national-search.XXXXXX.log)
PORT=$port HOSHIN_DATA_DIR="$data" HOSHIN_PUBLIC_CACHE_ENABLED=false HOSHIN_SEARCH_ENABLED=true \
  nice -n "${NICE:-0}" "$java" -Xmn128m -jar "$jar" >"$log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
until curl -sf "$base/actuator/health" | grep -q '"UP"'; do
  sleep 2
  kill -0 $launcher 2>/dev/null || { echo "Hoshin exited; see $log" >&2; exit 1; }
done
started=$(date +%s)
last=-1 quiet=0
while [ "$quiet" -lt 6 ]; do
  sleep 10
  n=$(grep -c "Search index of " "$log" || true)
  if [ "$n" = "$last" ]; then quiet=$((quiet + 1)); else quiet=0; fi
  last=$n
done
last_code=$(curl -s "$base/api/v1/municipalities" | grep -o '"code":"90[0-9]\{4\}"' | tail -1 | grep -o '[0-9]*' || echo 900001)
echo "indexed $last municipalities in this start ($(($(date +%s) - started - 60)) s); index $(du -sh "$data/search-index" | cut -f1)"
export BENCH_BASE=$base
bash bench/search.sh 1 >/dev/null
BENCH_MUNICIPALITY=900001 BENCH_QUERIES=bench/search-generated-queries.txt bash bench/search.sh 1 >/dev/null
echo "recall set:           $(bash bench/search.sh "$rounds" | tail -1)"
for code in 900001 "$last_code"; do
  echo "generated, $code: $(BENCH_MUNICIPALITY=$code BENCH_QUERIES=bench/search-generated-queries.txt \
    bash bench/search.sh "$rounds" | tail -1)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
