# Shared by the benchmark scripts (sourced): start Hoshin on a fresh database with the current demo data,
# and sign in as a demo account.
#   start_hoshin NAME        PORT=$port, data in target/bench-data (BENCH_DATA_DIR keeps one between runs);
#                            log in /tmp/hoshin-NAME.log; stopped when the script exits; BENCH_JAR=path runs that jar
#                            as it is (no build, no AOT cache) instead of ./hoshin run
#   sign_in USER JAR         form login with its CSRF token; cookies in JAR
port="${BENCH_PORT:-18080}"
# a benchmark records the start-up AOT cache before it starts Hoshin, never beside a measurement
export HOSHIN_AOT="${HOSHIN_AOT:-now}"
base="http://127.0.0.1:$port"

start_hoshin() {
  local data="${BENCH_DATA_DIR:-target/bench-data}"
  [ -n "${BENCH_DATA_DIR:-}" ] || rm -rf "$data"
  if [ -n "${BENCH_JAR:-}" ]; then
    PORT=$port HOSHIN_DATA_DIR=$data "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -Xmn128m -jar "$BENCH_JAR" \
      >"/tmp/hoshin-$1.log" 2>&1 &
  else
    PORT=$port HOSHIN_DATA_DIR=$data ./hoshin run >"/tmp/hoshin-$1.log" 2>&1 &
  fi
  launcher=$!
  trap 'kill $launcher 2>/dev/null || true; [ -z "${work:-}" ] || rm -rf "$work"' EXIT
  until curl -sf "$base/actuator/health" | grep -q '"UP"'; do
    sleep 0.2
    kill -0 $launcher 2>/dev/null || { echo "Hoshin exited; see /tmp/hoshin-$1.log" >&2; exit 1; }
  done
}

csrf_of() {  # URL JAR → the CSRF token of the page's first form
  curl -s -c "$2" -b "$2" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p
}

sign_in() {  # USER JAR
  local token
  token=$(csrf_of "$base/login" "$2")
  curl -sf -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" \
    --data-urlencode "password=${HOSHIN_DEMO_PASSWORD:-hoshin-demo-local}" --data-urlencode "_csrf=$token" "$base/login"
}

# psql on the embedded PostgreSQL of the Hoshin started by start_hoshin NAME (its port from the log, its password from
# the data directory):   hoshin_sql NAME [psql arguments…]
hoshin_sql() {
  local name=$1; shift
  local pg_port
  pg_port=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "/tmp/hoshin-$name.log" | tail -1)
  PGPASSWORD=$(cat "${BENCH_DATA_DIR:-target/bench-data}/postgres-secret") \
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d hoshin -Atq "$@"
}
