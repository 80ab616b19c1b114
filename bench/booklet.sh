#!/usr/bin/env bash
# Benchmark: the booklet PDF of all departments' plans of a year, rendered from scratch.
#   bench/booklet.sh [municipality] [year] [runs] [projects]   default 132047 2017 10 0
# Times the planning section's proof (/staff/…/plans/booklet.pdf, rendered on every request, never
# stored) after 3 warm-up renders, and the public booklet's first (issuing) and later (stored) requests.
# With projects > 0, every department of the year first gets a plan of that many projects × 3 targets,
# filled through the Excel upload (bench/PlanWorkbookFiller.java), e.g. `bench/booklet.sh 132047 2020 10 12`
# for a full-size booklet of 9 departments.
set -euo pipefail
cd "$(dirname "$0")/.."
code="${1:-132047}"; year="${2:-2017}"; runs="${3:-10}"; projects="${4:-0}"
. bench/lib.sh
user="${BENCH_USER:-$([ "$code" = 990001 ] && echo sample-admin || echo mitaka-admin)}"
work=$(mktemp -d)

start_hoshin booklet
jar="$work/cookies"
token() { csrf_of "$1" "$jar"; }
sign_in "$user" "$jar"

if [ "$projects" -gt 0 ]; then
  javac -nowarn -cp "target/app/lib/*" -d "$work/classes" bench/PlanWorkbookFiller.java
  curl -sf -b "$jar" -o "$work/overview.html" "$base/staff/m/$code/$year/plans"
  departments=$(grep -o "/staff/m/$code/$year/plans/[a-z0-9-]*/workbook" "$work/overview.html" | sed 's|.*/plans/||; s|/workbook||' | sort -u)
  for d in $departments; do
    page="$base/staff/m/$code/$year/plans/$d"
    csrf=$(token "$page")
    curl -sf -b "$jar" -o "$work/current.xlsx" "$page/workbook"
    java -cp "$work/classes:target/app/lib/*" PlanWorkbookFiller "$work/current.xlsx" "$work/filled.xlsx" "$projects" 3 1
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -F "_csrf=$csrf" \
      -F "file=@$work/filled.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$page/workbook")
    [ "$status" = 302 ] || { echo "filling $d answered $status" >&2; exit 1; }
  done
  echo "filled $(echo "$departments" | wc -w) departments with $projects projects × 3 targets each"
fi

proof="$base/staff/m/$code/$year/plans/booklet.pdf"
curl -sf -o "$work/proof.pdf" -b "$jar" "$proof" || { echo "$proof does not answer 200 (sign-in failed?)" >&2; exit 1; }
pages=$(pdfinfo "$work/proof.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || echo "?")
for _ in 1 2 3; do curl -sf -o /dev/null -b "$jar" "$proof"; done
times=()
for _ in $(seq "$runs"); do
  times+=("$(curl -sf -o /dev/null -b "$jar" -w '%{time_total}' "$proof")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v pages="$pages" '
  { t[NR] = $1 * 1000 }
  END { printf "proof booklet (%s pages, rendered each time): median %.0f ms, max %.0f ms over %d runs\n", pages, t[int((n + 1) / 2)], t[n], n }'
public="$base/m/$code/$year/plans.pdf"
if curl -sf -o /dev/null "$public"; then
  second=$(curl -sf -o /dev/null -w '%{time_total}' "$public")
  awk -v b="$second" 'BEGIN { printf "public booklet (published plans only), stored copy: %.0f ms\n", b * 1000 }'
fi
