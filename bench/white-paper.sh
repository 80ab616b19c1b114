#!/usr/bin/env bash
# Benchmark: the white paper (自治体経営白書) PDF of a year, rendered from the data.
#   bench/white-paper.sh [municipality] [year] [runs]   default 132047 2020 10
# Times the planning section's proof (/staff/…/white-paper/proof.pdf: the whole paper, charts included,
# rendered on every request and never stored) after 3 warm-up renders, then the public PDF (the issued copy).
# The HTML chapter pages under load: bench/load.sh /m/132047/2020/white-paper/basic-plan 30
set -euo pipefail
cd "$(dirname "$0")/.."
code="${1:-132047}"; year="${2:-2020}"; runs="${3:-10}"
. bench/lib.sh
user="${BENCH_USER:-$([ "$code" = 990001 ] && echo sample-admin || echo mitaka-admin)}"
work=$(mktemp -d)

start_hoshin white-paper
jar="$work/cookies"
sign_in "$user" "$jar"

proof="$base/staff/m/$code/$year/white-paper/proof.pdf"
curl -sf -o "$work/proof.pdf" -b "$jar" "$proof" || { echo "$proof does not answer 200 (sign-in failed, or no white paper saved?)" >&2; exit 1; }
pages=$(pdfinfo "$work/proof.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || echo "?")
size=$(stat -c %s "$work/proof.pdf")
for _ in 1 2 3; do curl -sf -o /dev/null -b "$jar" "$proof"; done
times=()
for _ in $(seq "$runs"); do
  times+=("$(curl -sf -o /dev/null -b "$jar" -w '%{time_total}' "$proof")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v pages="$pages" -v size="$size" '
  { t[NR] = $1 * 1000 }
  END { printf "white paper proof (%s pages, %.1f MB, rendered each time): median %.0f ms, max %.0f ms over %d runs\n", pages, size / 1048576, t[int((n + 1) / 2)], t[n], n }'
public="$base/m/$code/$year/white-paper.pdf"
if curl -sf -o /dev/null "$public"; then
  stored=$(curl -sf -o /dev/null -w '%{time_total}' "$public")
  awk -v b="$stored" 'BEGIN { printf "public white paper, issued copy: %.0f ms\n", b * 1000 }'
fi
