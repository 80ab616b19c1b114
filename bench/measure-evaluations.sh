#!/usr/bin/env bash
# Benchmark: 施策評価 — one measure sheet page rendered each time (the staff page, never cached; single user, target p95
# ≤ 100 ms) and the PDF of every published measure sheet of 三鷹市 令和2年度 (up to 40; the demo plan lists 37 measures:
# /m/132047/2020/measure-evaluations.pdf, first rendered request, target ≤ 5 s for 40).
#   bench/measure-evaluations.sh [REQUESTS]
# Starts Hoshin on BENCH_PORT (default 18080) with fresh demo data, takes up to 40 measures of 三鷹市 令和2年度 through
# 一次評価 → 二次評価 → 確定 → 公表 with the planning section's forms (the demo publishes three of them already).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
requests="${1:-200}"
code=132047
year=2020
start_hoshin measure-evaluations
work=$(mktemp -d)
jar="$work/cookies"
trap 'kill $launcher 2>/dev/null || true; rm -rf "$work"' EXIT
sign_in mitaka-admin "$jar"
list="$base/staff/m/$code/$year/measure-evaluations"
paths=$(curl -s -b "$jar" "$list" | grep -o "measure-evaluations/kihon-keikaku-4/K[0-9-]*\"" | tr -d '"' | sort -u | head -40)
echo "publishing $(echo "$paths" | wc -l) measure sheets…"
for p in $paths; do
  page="$base/staff/m/$code/$year/$p"
  curl -s -b "$jar" -c "$jar" -o "$work/sheet.html" "$page"
  grep -q 'id="stage">公表<' "$work/sheet.html" && continue
  token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/sheet.html" | sed -n 1p)
  version=$(sed -n 's/.*name="version" value="\(-\{0,1\}[0-9]*\)".*/\1/p' "$work/sheet.html" | sed -n 1p)
  curl -s -o /dev/null -b "$jar" -c "$jar" -d "_csrf=$token" -d "version=$version" -d progress=B \
    --data-urlencode "resultsAndIssues=ベンチマーク用の記入" --data-urlencode "direction=現状維持" -d submit=true "$page/first"
  for step in second finalize publish; do
    curl -s -b "$jar" -c "$jar" -o "$work/sheet.html" "$page"
    token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/sheet.html" | sed -n 1p)
    version=$(sed -n 's/.*name="version" value="\(-\{0,1\}[0-9]*\)".*/\1/p' "$work/sheet.html" | sed -n 1p)
    curl -s -o /dev/null -b "$jar" -c "$jar" -d "_csrf=$token" -d "version=$version" -d rating=B -d importance=50 "$page/$step"
  done
done
published=$(curl -s "$base/m/$code/$year/measure-evaluations" | grep -o '公表 [0-9]*施策' | head -1 || true)
echo "public index: $published"
sheet="$base/staff/m/$code/$year/measure-evaluations/kihon-keikaku-4/K1-1"
for i in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$sheet"; done  # warm-up
for i in $(seq 1 "$requests"); do
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$sheet"
done | sort -n | awk '{ t[NR] = $1 } END { printf "sheet page (staff, rendered each time), %d requests: median %.1f ms, p95 %.1f ms, max %.1f ms\n", NR, t[int(NR*0.5)]*1000, t[int(NR*0.95)]*1000, t[NR]*1000 }'
for i in 1 2 3; do
  out=$(curl -s -o "$work/all.pdf" -w '%{http_code} %{time_total}' "$base/m/$code/$year/measure-evaluations.pdf")
  [ "${out%% *}" = 200 ] || { echo "the PDF answered ${out%% *}" >&2; exit 1; }
  echo "PDF request $i: $(awk -v s="${out#* }" 'BEGIN { printf "%.0f", s * 1000 }') ms, $(( $(stat -c %s "$work/all.pdf") / 1024 )) KiB$([ $i = 1 ] && echo ' (rendered)' || echo ' (stored copy)')"
done
command -v pdfinfo >/dev/null && pdfinfo "$work/all.pdf" | grep -E 'Pages|Tagged' || true
cp "$work/all.pdf" /tmp/hoshin-measure-evaluations.pdf && echo "kept in /tmp/hoshin-measure-evaluations.pdf"
