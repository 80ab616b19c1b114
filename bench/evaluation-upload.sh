#!/usr/bin/env bash
# Benchmark: uploading one workbook of 150 filled evaluation sheets (サンプル市 令和6年度), N times; target ≤ 5 s.
#   bench/evaluation-upload.sh [times]     default 5
# Starts Hoshin on BENCH_PORT (default 18080) with fresh data (bench/lib.sh), creates the sheets through the planning
# section's form, then each round downloads the workbook, fills every sheet with new values and times the upload
# (all 150 sheets change); finally times an unchanged upload (nothing written).
set -euo pipefail
cd "$(dirname "$0")/.."
times="${1:-5}"
. bench/lib.sh
start_hoshin evaluation-upload
. bench/evaluation-lib.sh
trap 'kill $launcher 2>/dev/null || true; rm -rf "$work"' EXIT
eval_sign_in
ensure_sheets 2024 150
fill_year 2024 1 >/dev/null   # warm-up
: >"$work/times"
for i in $(seq 1 "$times"); do
  ms=$(fill_year 2024 "$((i * 1000 + 7))")
  echo "round $i: 150 sheets changed, upload $ms ms"
  echo "$ms" >>"$work/times"
done
curl -sf -b "$jar" -o "$work/same.xlsx" "$base/staff/m/$code/2024/evaluations/workbook"
echo "unchanged upload: $(upload_workbook 2024 "$work/same.xlsx" "変更はありませんでした") ms"
echo "workbook size: $(( $(stat -c %s "$work/filled.xlsx") / 1024 )) KiB"
sort -n "$work/times" | awk '{a[NR]=$1} END { printf "upload of 150 changed sheets: median %d ms, max %d ms (target ≤ 5000 ms)\n", a[int((NR+1)/2)], a[NR] }'
