#!/usr/bin/env bash
# Process-level check: Hoshin killed with SIGKILL in the middle of an import, a workflow step and a publication, then started again
# on the same data, has either the whole change or none of it (each is one PostgreSQL transaction; the embedded
# server keeps fsync on). The restart also exercises the clean-up of the PostgreSQL the killed process left running.
#   tools/crash-consistency.sh [rounds]   default 3 rounds (each: one import, one workflow step, one publication, killed at a random moment)
# The check holds whether a kill lands before or after the commit; which one happens varies from run to run.
# Needs the jar (./hoshin build), curl and psql. Data in a throwaway directory; port CRASH_PORT (default 18091).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
port="${CRASH_PORT:-18091}"
base="http://127.0.0.1:$port"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=target/hoshin.jar
[ -f "$jar" ] || { echo "target/hoshin.jar がありません: ./hoshin build" >&2; exit 1; }
work=$(mktemp -d)
data="$work/data"
cookies="$work/cookies"
pid=""
trap '[ -z "$pid" ] || kill -9 "$pid" 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT

start() {
  PORT=$port HOSHIN_DATA_DIR=$data "$java" -Dhoshin.crash-check=1 -jar "$jar" >>"$work/hoshin.log" 2>&1 &
  pid=$!
  until curl -sf "$base/actuator/health" | grep -q '"UP"'; do
    sleep 0.3
    kill -0 "$pid" 2>/dev/null || { cp "$work/hoshin.log" /tmp/hoshin-crash-consistency.log
      echo "Hoshin exited; its log: /tmp/hoshin-crash-consistency.log" >&2; grep -E "ERROR|Description|Caused by" -A3 "$work/hoshin.log" | tail -30 >&2; exit 1; }
  done
}
sql() {
  PGPASSWORD=$(cat "$data/postgres-secret") psql -qtA -h 127.0.0.1 -p "$(sed -n 4p "$data/postgres/postmaster.pid")" -U postgres -d hoshin -c "$1"
}
version_of() { curl -s -b "$cookies" "$1" | sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' | sed -n 1p; }
post() {  # post URL field=value…: a staff form with the page's CSRF token
  local url=$1 page=$2; shift 2
  local args=(-s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "_csrf=$(csrf_of "$page")")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl "${args[@]}" "$url"
}
csrf_of() { curl -s -c "$cookies" -b "$cookies" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p; }
sign_in() {
  rm -f "$cookies"
  curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=mitaka-admin" \
    --data-urlencode "password=hoshin-demo-local" --data-urlencode "_csrf=$(csrf_of "$base/login")" "$base/login"
}
kill_soon() {  # kills Hoshin after a random 50–9,000 ms: while the request runs (an import takes about 2 s, a publication 7 s) or after it committed
  sleep "$(awk -v ms=$((RANDOM % 8950 + 50)) 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
}

failures=0
start
for round in $(seq "$rounds"); do
  # 1. an import of 3,000 indicators in one CSV (all or nothing)
  sign_in
  { echo "指標ID,名称,単位,方向,目標種別,目標年度,目標値"
    for i in $(seq 3000); do echo "CRASH$round-$i,クラッシュ確認指標$i,件,増加,数値,2030,$i"; done; } > "$work/indicators.csv"
  curl -s -o /dev/null -b "$cookies" -c "$cookies" -F "_csrf=$(csrf_of "$base/staff/m/132047/policy")" \
    -F "files=@$work/indicators.csv;type=text/csv" "$base/staff/m/132047/policy/import" &
  kill_soon
  start
  n=$(sql "select count(*) from indicator where indicator_key like 'CRASH$round-%'")
  if [ "$n" = 0 ] || [ "$n" = 3000 ]; then echo "round $round import: $n of 3000 indicators (whole or none)"
  else echo "round $round import: $n of 3000 indicators — PARTIAL" >&2; failures=$((failures + 1)); fi

  # 2. a workflow step: 公表 of a department's 運営方針と目標 (status, step record and audit revision, or nothing)
  departments=(kikaku somu kenko-fukushi kodomo-seisaku kyoiku sports-bunka seikatsu-kankyo toshi-seibi toshi-saisei)
  dept=${departments[$(( (round - 1) % ${#departments[@]} ))]}
  plan="$base/staff/m/132047/2020/plans/$dept"
  sign_in
  post "$plan/start" "$plan"
  post "$plan/content" "$plan" "version=$(version_of "$plan")" "missionHeadline=クラッシュ確認 $round" "mission=強制終了しても半端に残らないことを確かめます。"
  for step in submit consult finalize; do post "$plan/$step" "$plan" "version=$(version_of "$plan")"; done
  plan_id=$(sql "select p.id from department_plan p join fiscal_year f on f.id = p.fiscal_year_id join municipality m on m.id = f.municipality_id
                 where m.code = '132047' and f.start_year = 2020 and p.department_code = '$dept'")
  status=$(sql "select status from department_plan where id = $plan_id")
  [ "$status" = FINALIZED ] || { echo "round $round workflow: the plan of $dept is $status before 公表, not FINALIZED" >&2; failures=$((failures + 1)); }
  post "$plan/publish" "$plan" "version=$(version_of "$plan")" &
  kill_soon
  start
  status=$(sql "select status from department_plan where id = $plan_id")
  steps=$(sql "select count(*) from department_plan_step where plan_id = $plan_id and to_status = 'PUBLISHED'")
  audited=$(sql "select count(*) from department_plan_aud where id = $plan_id and status = 'PUBLISHED'")
  if { [ "$status" = PUBLISHED ] && [ "$steps" = 1 ] && [ "$audited" = 1 ]; } || { [ "$status" = FINALIZED ] && [ "$steps" = 0 ] && [ "$audited" = 0 ]; }; then
    echo "round $round workflow: $dept is $status with $steps 公表 step(s) and $audited audit revision(s) (whole or none)"
  else echo "round $round workflow: $dept is $status, steps=$steps, audited=$audited — PARTIAL" >&2; failures=$((failures + 1)); fi

  # 3. a publication: the next edition of 三鷹市's 令和2年度 white paper (edition row and every issued page, or nothing)
  sign_in
  before=$(sql "select count(*) from white_paper_edition")
  curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "_csrf=$(csrf_of "$base/staff/m/132047/2020/white-paper")" \
    --data-urlencode "note=クラッシュ確認 $round" "$base/staff/m/132047/2020/white-paper/publish" &
  kill_soon
  start
  editions=$(sql "select count(*) from white_paper_edition")
  latest=$(sql "select max(e.number) from white_paper_edition e join white_paper p on p.id = e.white_paper_id
                join municipality m on m.id = p.municipality_id where m.code = '132047' and p.fiscal_year = 2020")
  prefix="white-paper/132047/2020"
  docs=$(sql "select count(*) from issued_document where key = '$prefix/$latest.pdf' or key like '$prefix/$latest/%'")
  pdf=$(sql "select count(*) from issued_document where key = '$prefix/$latest.pdf'")
  orphans=$(sql "select count(*) from issued_document where key = '$prefix/$((latest + 1)).pdf' or key like '$prefix/$((latest + 1))/%'")
  if [ "$pdf" = 1 ] && [ "$docs" -gt 1 ] && [ "$orphans" = 0 ]; then
    echo "round $round publication: $((editions - before)) new edition(s), latest $latest with its PDF and $((docs - 1)) pages, nothing half-issued"
  else echo "round $round publication: edition $latest pdf=$pdf documents=$docs half-issued=$orphans — PARTIAL" >&2; failures=$((failures + 1)); fi
done
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
[ "$failures" = 0 ] && echo "OK: every killed change was whole or absent" || { echo "$failures partial change(s)" >&2; exit 1; }
