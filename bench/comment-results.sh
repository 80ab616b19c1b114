#!/usr/bin/env bash
# Benchmark: the results page and PDF of a パブリックコメント with 1,000 items (意見の要旨). Starts Hoshin with the demo
# data, adds 250 opinions of four items each (answered, with 反映区分 and groups) to the demo consultation whose results
# are published, then times the PDF rendered anew (the kept copy in issued_document removed first), the PDF again (kept),
# and the results page (first, then from the public page cache).
#   bench/comment-results.sh        Target: PDF ≤ 5 s. The PDF is left in target/comment-results-1000.pdf.
# Needs psql.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v psql >/dev/null || { echo "psql がありません: apt-get install postgresql-client" >&2; exit 1; }
start_hoshin comment-results
data="${BENCH_DATA_DIR:-target/bench-data}"
dbport=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' /tmp/hoshin-comment-results.log | grep -o '[0-9]*$' | head -1)
export PGPASSWORD=$(cat "$data/postgres-secret")
sql() { psql -qtA -h 127.0.0.1 -p "$dbport" -U postgres -d hoshin -c "$1"; }

id=$(sql "select id from consultation where municipality_code = '132047' and results_published_at is not null order by id limit 1")
[ -n "$id" ] || { echo "no demo consultation with published results" >&2; exit 1; }
plan=$(sql "select split_part(plan_ids, ',', 1) from consultation where id = $id")
sql "
insert into opinion (consultation_id, receipt_number, channel, received_on, late, plan_id, body, group_submission)
select $id, 'BENCH-' || g, (array['WEB','POST','FAX','EMAIL','IN_PERSON'])[1 + g % 5], starts_on + 3, false, $plan,
       'ベンチマーク用の意見 ' || g || '。図書館の開館時間の延長、公共施設の無線LAN、行政手続きのオンライン化について。', g % 7 = 0
from consultation, generate_series(1, 250) g where id = $id;
insert into opinion_item (consultation_id, opinion_id, position, text, topic, city_view, reflection, change_note)
select o.consultation_id, o.id, p,
       '意見の要旨 ' || o.id || '-' || p || '：' || repeat('行政手続きのオンライン化を進め、高齢者にも分かりやすい案内をしてほしい。', 1 + p % 3),
       '第' || (1 + (o.id + p) % 6) || '章　' || (array['基本理念','情報提供','手続き','基盤整備','人材育成','推進体制'])[1 + (o.id + p) % 6],
       repeat('ご意見のとおり、計画の主な事業に位置付けて取り組みます。', 1 + p % 4),
       (array['反映する','一部反映する','既に盛り込み済み','今後の参考とする','反映しない','その他'])[1 + (o.id * p) % 6],
       case when p = 1 and o.id % 10 = 0 then '第3章の主な事業に追記しました。' end
from opinion o, generate_series(1, 4) p where o.consultation_id = $id and o.receipt_number like 'BENCH-%';"
items=$(sql "select count(*) from opinion_item where consultation_id = $id")
echo "consultation $id: $items items"
url="$base/m/132047/comments/$id"
curl -sf -o /dev/null "$url"   # warm-up (templates)
sql "delete from issued_document where key = 'public-comment/132047/$id/results.pdf'"
# HTTP status and seconds; a status other than 200 fails the benchmark
t() { local r; r=$(curl -s -o "$2" -w '%{http_code} %{time_total}' "$1"); [ "${r%% *}" = 200 ] || { echo "HTTP ${r%% *} for $1" >&2; exit 1; }; echo "${r#* }"; }
rm -f target/comment-results-1000.pdf
s=$(t "$url" /tmp/comment-results-page.html); echo "page (first):      $s s, $(stat -c %s /tmp/comment-results-page.html) bytes"
s=$(t "$url" /dev/null); echo "page (cached):     $s s"
s=$(t "$url/results.pdf" target/comment-results-1000.pdf); echo "PDF (rendered):    $s s, $(stat -c %s target/comment-results-1000.pdf) bytes"
s=$(t "$url/results.pdf" /dev/null); echo "PDF (kept):        $s s"
grep -q "意見件数 $items件" /tmp/comment-results-page.html || { echo "the page does not show $items items" >&2; exit 1; }
