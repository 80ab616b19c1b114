#!/usr/bin/env bash
# Benchmark: what 独自項目 (extra fields) cost on the page that shows them (target ≤ 5 %).
#   bench/extra-fields.sh [runs] [department]   default 300 kikaku
# Starts Hoshin with the public page cache off (every request renders the page from the database) and times the public
# plan page of 三鷹市 平成29年度 <department> as published in the demo (no extra fields). Then the planning section
# defines 10 fields (5 on the plan, 5 on its projects: a choice, a number, a date and two texts each), the plan is
# revised, every field of the plan and of each project is filled in through the staff forms, and the plan is finalised
# and published again; the same page, now with the fields, is timed again. Prints both medians and the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-300}"; department="${2:-kikaku}"
code=132047; year=2017
. bench/lib.sh
work=$(mktemp -d)
export HOSHIN_PUBLICCACHE_ENABLED=false
start_hoshin extra-fields
jar="$work/cookies"
sign_in mitaka-admin "$jar"
public="$base/m/$code/$year/plans/$department"
staff="$base/staff/m/$code/$year/plans/$department"

median() {  # URL → median milliseconds of $runs requests after 30 warm-ups
  for _ in $(seq 30); do curl -sf -o /dev/null "$1"; done
  for _ in $(seq "$runs"); do curl -sf -o /dev/null -w '%{time_total}\n' "$1"; done \
    | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.2f", t[int((NR + 1) / 2)] }'
}
version() { curl -sf -b "$jar" "$staff" | grep -o 'name="version" value="[0-9]*"' | head -1 | grep -o '[0-9]*"' | tr -d '"'; }
post() {  # URL [curl -d args…] → fails unless answered by a redirect without an error message
  local url=$1; shift
  local token; token=$(csrf_of "$staff" "$jar")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" "$@" "$url")
  [ "$status" = 302 ] || { echo "POST $url answered $status" >&2; exit 1; }
}

curl -sf -o "$work/before.html" "$public" || { echo "$public is not published in the demo" >&2; exit 1; }
without=$(median "$public")

settings="$base/staff/m/$code/custom-fields"
for target in PLAN PROJECT; do
  post "$settings" -d target=$target --data-urlencode "label=重点区分" -d kind=CHOICE --data-urlencode $'options=A\nB\nC'
  post "$settings" -d target=$target --data-urlencode "label=ウエイト" -d kind=NUMBER
  post "$settings" -d target=$target --data-urlencode "label=完了予定日" -d kind=DATE
  post "$settings" -d target=$target --data-urlencode "label=関連するSDGs" -d kind=TEXT
  post "$settings" -d target=$target --data-urlencode "label=自治基本条例の関連条項" -d kind=TEXT
done
values=(A 12.5 "令和8年3月31日" "目標11 住み続けられるまちづくりを" "第12条（市民参加）")
fill() {  # ACTION ID-PREFIX: posts the five values to the form whose inputs have ids ID-PREFIX<definition id>
  local ids; ids=$(curl -sf -b "$jar" "$staff" | grep -o "id=\"$2[0-9]*\"" | grep -o '[0-9]*"' | tr -d '"')
  local args=() i=0
  for id in $ids; do args+=(--data-urlencode "extra.$id=${values[$i]}"); i=$((i + 1)); done
  post "$1" -d "version=$(version)" "${args[@]}"
}
post "$staff/revise" -d "version=$(version)" --data-urlencode "reason=独自項目の記入（ベンチマーク）"
fill "$staff/extra-fields" "plan-extra-"
projects=$(curl -sf -b "$jar" "$staff" | grep -o 'projects/[0-9]*/extra-fields' | grep -o '[0-9]*' | sort -un)
for n in $projects; do fill "$staff/projects/$n/extra-fields" "project-$n-extra-"; done
for step in submit consult finalize publish; do post "$staff/$step" -d "version=$(version)"; done

curl -sf -o "$work/after.html" "$public"
shown=$(grep -o '<dt>' "$work/after.html" | wc -l)
[ "$shown" -gt 10 ] || { echo "the published page shows no extra fields (see $work/after.html)" >&2; exit 1; }
with=$(median "$public")
awk -v a="$without" -v b="$with" -v n="$runs" -v p="$(echo "$projects" | wc -w)" 'BEGIN {
  printf "public plan page, median of %d requests (cache off): without extra fields %.2f ms, with 10 fields (plan + %d projects) %.2f ms: %+.1f %%\n",
    n, a, p, b, (b - a) / a * 100 }'
