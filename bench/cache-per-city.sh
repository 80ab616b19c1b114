#!/usr/bin/env bash
# Per-municipality invalidation of the public page cache (issue 19): throughput of city B's public pages (サンプル市,
# 990001) with wrk, without edits and while city A (三鷹市) is edited EDITS_PER_SECOND times a second through the staff
# pages (bench/edit-city.py: form page + POST of a progress text, each an audited change). Target: with edits ≥ 0.8 of
# without. The two are measured in alternating windows (quiet, edited, edited, quiet, …; ROUNDS pairs of SECONDS each)
# in one run, so that the host's drift falls on both alike; the editors sign in once, before the first window (a
# sign-in's password hash is not editing), and edit only during the edited windows. City A's own page is measured the
# same way for comparison (its copy is emptied by every edit).
# With CONTROL_PSQL set to a psql command line for Hoshin's database (PGPASSWORD in the environment), each round adds a
# third window: the edits plus what the one deployment-wide counter did before (issue 19), the shared counter raised as
# often as A is edited.
# Usage: bench/cache-per-city.sh [BASE_URL] [SECONDS] [ROUNDS]   (a running Hoshin with the demo data; default
# 127.0.0.1:8291, 5 s windows, 4 rounds)
# Prints per page: requests/s without and with edits (all windows together), the worst p99 of each, the ratio, the
# lowest and highest ratio of one round, and the edits made with their rate during the edited windows.
set -u
command -v wrk >/dev/null || { echo "wrk がありません: apt-get install wrk" >&2; exit 1; }
base=${1:-http://127.0.0.1:8291}; secs=${2:-5}; rounds=${3:-4}; rate=${EDITS_PER_SECOND:-10}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d /tmp/cache-bench.XXXX); trap 'rm -rf "$out"' EXIT
PAGES=${PAGES:-"/m/990001/2024/results /m/990001/2024/departments /api/v1/municipalities/990001/fiscal-years/2024/departments /m/132047/policy/kihon-keikaku-4/K1-1"}
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99ms() { awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}' "$1"; }
window() { wrk -t2 -c32 -d${secs}s --latency "$base$1" > "$2" 2>&1; }
flag="$out/editing"
printf "%-62s %10s %8s %10s %8s %6s %11s %s\n" page rps p99 rps_edits p99 ratio "round min-max" edits
for p in $PAGES; do
  wrk -t2 -c32 -d2s "$base$p" >/dev/null 2>&1   # warm
  rm -f "$flag" "$flag.stop"
  EDIT_WHILE="$flag" python3 "$here/edit-city.py" "$base" "$rate" 100000 > "$out/edits.txt" 2> "$out/editor.txt" &
  editor=$!
  for _ in $(seq 400); do grep -q "signed in" "$out/editor.txt" 2>/dev/null && break; sleep 0.05; done
  sleep 1
  : > "$out/rounds.txt"
  for r in $(seq "$rounds"); do
    # quiet then edited in odd rounds, edited then quiet in even ones
    for kind in $( [ $((r % 2)) -eq 1 ] && echo "quiet busy" || echo "busy quiet"); do
      if [ "$kind" = busy ]; then
        touch "$flag"; window "$p" "$out/busy-$r.txt"; rm -f "$flag"; sleep 0.2
      else
        window "$p" "$out/quiet-$r.txt"
      fi
    done
    if [ -n "${CONTROL_PSQL:-}" ]; then
      touch "$flag"
      (while [ -e "$flag" ]; do echo "select bump_content_version('');"; sleep "$(awk -v r="$rate" 'BEGIN{print 1/r}')"; done \
        | $CONTROL_PSQL -q >/dev/null) &
      bumper=$!
      window "$p" "$out/global-$r.txt"; rm -f "$flag"; wait $bumper; sleep 0.2
    fi
    echo "$(rps "$out/quiet-$r.txt") $(rps "$out/busy-$r.txt") $(p99ms "$out/quiet-$r.txt") $(p99ms "$out/busy-$r.txt") $( [ -n "${CONTROL_PSQL:-}" ] && rps "$out/global-$r.txt")" >> "$out/rounds.txt"
  done
  touch "$flag.stop"; wait $editor
  awk -v page="$p" -v edits="$(cat "$out/edits.txt")" '
    { q += $1; b += $2; if ($3 > qp) qp = $3; if ($4 > bp) bp = $4; r = $2 / $1; if (NR == 1 || r < lo) lo = r; if (r > hi) hi = r; g += $5; n++ }
    END { printf "%-62s %10.0f %6.1fms %10.0f %6.1fms %6.2f %5.2f-%-5.2f %s", page, q / n, qp, b / n, bp, b / q, lo, hi, edits;
          if (g > 0) printf "   shared counter: %.0f (%.2f)", g / n, g / q; printf "\n" }' "$out/rounds.txt"
done
