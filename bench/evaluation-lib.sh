# Shared by bench/evaluation-*.sh (sourced after bench/lib.sh and start_hoshin): sample-city sheets for the benchmarks.
#   eval_sign_in                 signs in as sample-admin (cookies in $jar)
#   ensure_sheets YEAR COUNT     creates sheets in サンプル市 YEAR until it has COUNT (the planning section's form)
#   fill_year YEAR SEED          downloads the year's workbook, fills every sheet (EvaluationWorkbookFiller), uploads it;
#                                prints the upload's milliseconds
code=990001
work=$(mktemp -d /tmp/hoshin-bench-eval.XXXXXX)
jar="$work/cookies"

eval_sign_in() { sign_in sample-admin "$jar"; }

eval_token() {  # URL → CSRF token of the page's forms
  curl -s -c "$jar" -b "$jar" -o "$work/page.html" "$1"
  sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/page.html" | sed -n 1p
}

sheet_count() {  # YEAR
  curl -s -b "$jar" "$base/staff/m/$code/$1/evaluations" | grep -o 'evaluations/[0-9]*">' | sort -u | wc -l
}

ensure_sheets() {  # YEAR COUNT
  local have token depts i
  have=$(sheet_count "$1")
  token=$(eval_token "$base/staff/m/$code/$1/evaluations")
  depts=(seisaku-keiei somu shimin-kankyo kodomo-mirai chiiki-fukushi kenko-ikiiki machizukuri kyoiku)
  for ((i = have; i < $2; i++)); do
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" --data-urlencode "departmentCode=${depts[i % 8]}" \
      --data-urlencode "name=ベンチマーク事業 $((i + 1))" --data-urlencode "sectionName=ベンチマーク課" "$base/staff/m/$code/$1/evaluations"
  done
  echo "サンプル市 $1: $(sheet_count "$1") sheets"
}

lib_dir() {
  local lib=target/app/lib
  if [ ! -d "$lib" ]; then
    java -Djarmode=tools -jar target/hoshin.jar extract --destination "$work/app" >/dev/null
    lib="$work/app/lib"
  fi
  echo "$lib"
}

fill_year() {  # YEAR SEED → ms of the upload
  local lib token out
  lib=$(lib_dir)
  curl -sf -b "$jar" -o "$work/current.xlsx" "$base/staff/m/$code/$1/evaluations/workbook"
  java -cp "$lib/*" bench/EvaluationWorkbookFiller.java "$work/current.xlsx" "$work/filled.xlsx" "$2"
  upload_workbook "$1" "$work/filled.xlsx" "取り込みました"
}

upload_workbook() {  # YEAR FILE EXPECTED-TEXT → ms
  local token out
  token=$(eval_token "$base/staff/m/$code/$1/evaluations")
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" -c "$jar" -F "_csrf=$token" \
          -F "file=@$2;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$base/staff/m/$code/$1/evaluations/workbook")
  [ "${out%% *}" = 302 ] || { echo "upload answered ${out%% *}" >&2; exit 1; }
  curl -s -b "$jar" -c "$jar" -o "$work/after.html" "$base/staff/m/$code/$1/evaluations"
  grep -q "$3" "$work/after.html" || { cp "$work/after.html" /tmp/bench-eval-last.html;
    echo "the upload did not succeed (page in /tmp/bench-eval-last.html)" >&2; grep -o '<li>[^<]*</li>' "$work/after.html" | head -5 >&2; exit 1; }
  awk -v s="${out#* }" 'BEGIN { printf "%.0f\n", s * 1000 }'
}
