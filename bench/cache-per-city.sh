#!/usr/bin/env bash
# Per-municipality invalidation of the public page cache (issue 19): throughput of city B's public pages (サンプル市,
# 990001) with wrk, first without edits, then while city A (三鷹市) is edited EDITS_PER_SECOND times a second through the
# staff pages (bench/edit-city.py: form page + POST of a progress text, each an audited change). Target: with edits
# ≥ 0.8 of without. The readers start a second after the editors have signed in: a sign-in's password hash is not editing. City A's own page is measured the same way for comparison (its copy is emptied by every edit).
# With CONTROL_PSQL set to a psql command line for Hoshin's database (PGPASSWORD in the environment), a third run adds
# what the one deployment-wide counter did before (issue 19): the shared counter raised as often as A is edited.
# Usage: bench/cache-per-city.sh [BASE_URL] [SECONDS]   (a running Hoshin with the demo data; default 127.0.0.1:8291)
# Prints: page rps_without p99_without rps_with p99_with ratio [rps_global ratio], and the edits made.
set -u
base=${1:-http://127.0.0.1:8291}; secs=${2:-10}; rate=${EDITS_PER_SECOND:-10}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d /tmp/cache-bench.XXXX); trap 'rm -rf "$out"' EXIT
PAGES=${PAGES:-"/m/990001/2024/results /m/990001/2024/departments /api/v1/municipalities/990001/fiscal-years/2024/departments /m/132047/policy/kihon-keikaku-4/K1-1"}
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
# the editors sign in first (a password hash each, not part of editing); the readers start once they have, then 1 s on
signed_in() { for _ in $(seq 200); do grep -q "signed in" "$1" 2>/dev/null && break; sleep 0.05; done; sleep 1; }
p99() { awk '$1=="99%" {print $2}' "$1"; }
printf "%-62s %10s %8s %10s %8s %6s\n" page rps p99 rps_edits p99 ratio
for p in $PAGES; do
  wrk -t2 -c32 -d2s "$base$p" >/dev/null 2>&1   # warm
  wrk -t2 -c32 -d${secs}s --latency "$base$p" > "$out/quiet.txt" 2>&1
  python3 "$here/edit-city.py" "$base" "$rate" "$((secs + 2))" > "$out/edits.txt" 2> "$out/editor.txt" &
  editor=$!
  signed_in "$out/editor.txt"
  wrk -t2 -c32 -d${secs}s --latency "$base$p" > "$out/busy.txt" 2>&1
  wait $editor
  q=$(rps "$out/quiet.txt"); b=$(rps "$out/busy.txt")
  control=""
  if [ -n "${CONTROL_PSQL:-}" ]; then
    python3 "$here/edit-city.py" "$base" "$rate" "$((secs + 2))" > /dev/null 2> "$out/editor.txt" &
    editor=$!
    signed_in "$out/editor.txt"
    (for _ in $(seq $(( (secs + 2) * ${rate%.*} ))); do echo "select bump_content_version('');"; sleep "$(awk -v r="$rate" 'BEGIN{print 1/r}')"; done \
      | $CONTROL_PSQL -q >/dev/null) &
    bumper=$!
    sleep 1
    wrk -t2 -c32 -d${secs}s --latency "$base$p" > "$out/global.txt" 2>&1
    wait $editor $bumper
    g=$(rps "$out/global.txt")
    control="$g $(awk -v a="$g" -v b="$q" 'BEGIN{printf "%.3f", a/b}')"
  fi
  printf "%-62s %10s %8s %10s %8s %6s %s   %s\n" "$p" "$q" "$(p99 "$out/quiet.txt")" "$b" "$(p99 "$out/busy.txt")" \
    "$(awk -v a="$b" -v b="$q" 'BEGIN{printf "%.2f", a/b}')" "$control" "$(cat "$out/edits.txt")"
done
