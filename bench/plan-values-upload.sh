#!/usr/bin/env bash
# Benchmark: the yearly update of indicator values — one CSV with the values of 1,000 indicators,
# uploaded through the staff import page (multipart, parse, check, write, all or nothing).
#   bench/plan-values-upload.sh [indicators] [runs]   default 1000 10
# Sets up: a fresh database with the demo data, then 1,000 extra indicators (one upload). Each run then
# uploads one new fiscal year's values for all of them (inserts, as a real yearly update does).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"; runs="${2:-10}"
work=$(mktemp -d)
. bench/lib.sh

start_hoshin upload-values
jar="$work/cookies"
csrf() { csrf_of "$base/staff/m/132047/policy" "$jar"; }
upload() {  # file → prints "seconds http_code"
  curl -s -o "$work/out.html" -b "$jar" -c "$jar" -w '%{time_total} %{http_code}\n' \
    -F "_csrf=$(csrf)" -F "files=@$1;type=text/csv" "$base/staff/m/132047/policy/import"
}
sign_in mitaka-admin "$jar"

{ echo "指標ID,名称,単位,方向,目標種別,目標年度,目標値"
  for i in $(seq "$count"); do echo "BENCH-$i,ベンチマーク指標$i,件,増加,数値,2030,$((i * 10))"; done; } > "$work/indicators.csv"
read -r t code < <(upload "$work/indicators.csv")
[ "$code" = 302 ] || { echo "setup upload answered $code" >&2; grep -o '<li>[^<]*</li>' "$work/out.html" | head -5 >&2; exit 1; }
echo "setup: $count indicators imported in $(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }') ms"

times=()
for r in $(seq "$runs"); do
  year=$((2020 + r))
  { echo "指標ID,年度,値"; for i in $(seq "$count"); do echo "BENCH-$i,$year,$((i + r))"; done; } > "$work/values.csv"
  read -r t code < <(upload "$work/values.csv")
  [ "$code" = 302 ] || { echo "values upload for $year answered $code" >&2; exit 1; }
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v c="$count" '
  { t[NR] = $1 * 1000 }
  END { printf "yearly values upload (%d indicators, one CSV): median %.0f ms, max %.0f ms over %d runs\n", c, t[int((n + 1) / 2)], t[n], n }'
