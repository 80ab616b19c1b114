#!/usr/bin/env bash
# Benchmark: the booklet PDF of all departments' plans of a year, rendered from scratch.
#   bench/booklet.sh [municipality] [year] [runs]   default 132047 2017 10
# Times the planning section's proof (/staff/…/plans/booklet.pdf, rendered on every request, never
# stored) after 3 warm-up renders, and the public booklet's first (issuing) and later (stored) requests.
set -euo pipefail
cd "$(dirname "$0")/.."
code="${1:-132047}"; year="${2:-2017}"; runs="${3:-10}"
port="${BENCH_PORT:-18080}"
base="http://127.0.0.1:$port"

# A fresh database with the current demo data (an existing ./data may predate newer demo plans).
rm -rf target/bench-data
PORT=$port HOSHIN_DATA_DIR=target/bench-data ./hoshin run >/tmp/hoshin-booklet.log 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
until curl -sf "$base/actuator/health" | grep -q '"UP"'; do
  sleep 0.2
  kill -0 $launcher 2>/dev/null || { echo "Hoshin exited; see /tmp/hoshin-booklet.log" >&2; exit 1; }
done

jar=$(mktemp)
token=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=${BENCH_USER:-$([ "$code" = 990001 ] && echo sample-admin || echo mitaka-admin)}" --data-urlencode "password=${DEMO_PASSWORD:-hoshin-demo-local}" \
  --data-urlencode "_csrf=$token" "$base/login"
proof="$base/staff/m/$code/$year/plans/booklet.pdf"
curl -sf -o /tmp/booklet-proof.pdf -b "$jar" "$proof" || { echo "$proof does not answer 200 (sign-in failed?)" >&2; exit 1; }
pages=$(pdfinfo /tmp/booklet-proof.pdf 2>/dev/null | awk '/^Pages:/ {print $2}' || echo "?")
for _ in 1 2 3; do curl -sf -o /dev/null -b "$jar" "$proof"; done
times=()
for _ in $(seq "$runs"); do
  times+=("$(curl -sf -o /dev/null -b "$jar" -w '%{time_total}' "$proof")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v pages="$pages" '
  { t[NR] = $1 * 1000 }
  END { printf "proof booklet (%s pages, rendered each time): median %.0f ms, max %.0f ms over %d runs\n", pages, t[int((n + 1) / 2)], t[n], n }'
public="$base/m/$code/$year/plans.pdf"
first=$(curl -sf -o /dev/null -w '%{time_total}' "$public")
second=$(curl -sf -o /dev/null -w '%{time_total}' "$public")
awk -v a="$first" -v b="$second" 'BEGIN { printf "public booklet: first request %.0f ms (issues or finds the stored copy), next %.0f ms (stored copy)\n", a * 1000, b * 1000 }'
rm -f "$jar"
