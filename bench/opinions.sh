#!/usr/bin/env bash
# Benchmark: the opinion form (パブリックコメント) under a loopback load of submissions from wrk, and a check that
# none is lost: every receipt number wrk was given (in the redirect to the receipt page) must be in the database.
#   bench/opinions.sh [seconds] [connections]   default 20 s, 32 connections (after a 5 s warm-up)
# Target: ≥ 200 accepted per second, none lost. Needs wrk and psql.
#
# The per-client limit (hoshin.public-comment.max-per-client-per-minute, default 10) would stop a load test from one
# address after ten opinions a minute: this script starts Hoshin with the limit set to 100000000. Submissions take
# turns over BENCH_SESSIONS (default 64) CSRF cookies, each with its token, as separate browsers would.
set -euo pipefail
export HOSHIN_AOT="${HOSHIN_AOT:-now}"  # the AOT cache is recorded before a start, never beside a measurement
cd "$(dirname "$0")/.."
secs="${1:-20}"
conns="${2:-32}"
port="${BENCH_PORT:-18081}"
command -v wrk >/dev/null || { echo "wrk がありません: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql がありません: apt-get install postgresql-client" >&2; exit 1; }

data="${BENCH_DATA_DIR:-target/bench-opinions-data}"
[ -n "${BENCH_DATA_DIR:-}" ] || rm -rf "$data"
log=/tmp/hoshin-opinions.log
PORT=$port HOSHIN_DATA_DIR=$data HOSHIN_JAVA_OPTS="${HOSHIN_JAVA_OPTS--Xmn128m} -Dhoshin.public-comment.max-per-client-per-minute=100000000" \
  ./hoshin run >"$log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
  sleep 0.2
  kill -0 $launcher 2>/dev/null || { echo "Hoshin exited; see $log" >&2; exit 1; }
done
dbport=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$log" | grep -o '[0-9]*$' | head -1)
# the embedded PostgreSQL takes only its password, kept beside the data (docs/security.md)
export PGPASSWORD=$(cat "$data/postgres-secret")
sql() { psql -qtA -h 127.0.0.1 -p "$dbport" -U postgres -d hoshin -c "$1"; }

base="http://127.0.0.1:$port"
id=$(curl -sf "$base/m/132047/comments" | grep -o '/m/132047/comments/[0-9]*/opinion' | head -1 | grep -o '[0-9]*/opinion' | grep -o '^[0-9]*')
[ -n "$id" ] || { echo "no open demo consultation" >&2; exit 1; }
# one CSRF cookie and token per simulated submitter, as each browser would have (anonymous visitors get no session)
sessions="${BENCH_SESSIONS:-64}"
OPINION_SESSIONS=""
for _ in $(seq "$sessions"); do
  jar=$(mktemp)
  form=$(curl -sf -c "$jar" "$base/m/132047/comments/$id/opinion")
  token=$(printf '%s' "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  OPINION_SESSIONS+="XSRF-TOKEN=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar") $token"$'\n'
  rm -f "$jar"
done
export OPINION_SESSIONS
export OPINION_PLAN=$(printf '%s' "$form" | grep -o '<option value="[0-9][0-9]*"' | head -1 | grep -o '[0-9]*')
export OPINION_PATH="/m/132047/comments/$id/opinion"

export OPINION_RECEIPTS=/tmp/hoshin-opinions-receipts.txt
echo "warm-up 5 s…"
wrk -t2 -c"$conns" -d5s -s bench/opinions.lua "$base$OPINION_PATH" >/dev/null
sleep 2
before=$(sql "select count(*) from opinion where consultation_id = $id")
wrk -t2 -c"$conns" -d"${secs}s" --latency -s bench/opinions.lua "$base$OPINION_PATH" | tee /tmp/hoshin-opinions-wrk.txt
sleep 2
after=$(sql "select count(*) from opinion where consultation_id = $id")
accepted=$(awk '/^ACCEPTED/ {print $2}' /tmp/hoshin-opinions-wrk.txt)
other=$(awk '/^OTHER/ {print $2}' /tmp/hoshin-opinions-wrk.txt)
stored=$((after - before))
missing=$(psql -qtA -h 127.0.0.1 -p "$dbport" -U postgres -d hoshin <<SQL
create temp table receipt (number varchar(40));
\copy receipt from '$OPINION_RECEIPTS'
select count(*) from receipt r where not exists (select 1 from opinion o where o.receipt_number = r.number);
SQL
)
echo "receipts given: $accepted ($(sort -u "$OPINION_RECEIPTS" | wc -l) distinct)   other answers: $other   new rows: $stored   receipts not in the database: $missing"
echo "accepted per second: $((accepted / secs))"
# wrk stops counting when the time is up while each connection may still have a request on its way: those are stored
# without a counted receipt, so up to one row per connection more than receipts is expected.
if [ "$missing" -ne 0 ]; then echo "LOST: $missing receipt numbers are not in the database" >&2; exit 1; fi
if [ "$stored" -lt "$accepted" ] || [ $((stored - accepted)) -gt "$conns" ]; then echo "MISMATCH: $stored rows, $accepted receipts" >&2; exit 1; fi
echo "none lost"
