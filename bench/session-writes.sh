#!/usr/bin/env bash
# What the session store writes for signed-in page views (issue 19): signs in, views the staff home and the budget
# list once, then REQUESTS more times each, and compares the row versions (xmin) of the session's row in spring_session
# and of its attribute rows in spring_session_attributes before and after. Writes only what changed: no rewritten
# attribute, and the session row at most once a minute (identity/internal/SessionStoreConfiguration).
#   bench/session-writes.sh [REQUESTS]   default 50
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-50}"
. bench/lib.sh
start_hoshin session-writes
work=$(mktemp -d /tmp/hoshin-session-writes.XXXXXX)
jar="$work/cookies"
sign_in sample-admin "$jar"
pages="/staff/m/990001 /staff/m/990001/2024/evaluations/budget"
for p in $pages; do curl -sf -o /dev/null -b "$jar" "$base$p"; done
versions() {
  hoshin_sql session-writes -c "select 'session ' || s.xmin || ' ' || s.last_access_time from spring_session s where s.principal_name = 'sample-admin'
    union all select 'attribute ' || a.attribute_name || ' ' || a.xmin from spring_session_attributes a
    join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = 'sample-admin' order by 1"
}
versions > "$work/before"
for _ in $(seq "$requests"); do for p in $pages; do curl -sf -o /dev/null -b "$jar" "$base$p"; done; done
versions > "$work/after"
echo "signed-in page views: $((requests * 2)) (staff home, budget list)"
echo "attributes: $(grep -c '^attribute' "$work/before") before, $(grep -c '^attribute' "$work/after") after"
echo "rows rewritten: $(diff "$work/before" "$work/after" | grep -c '^>' || true)"
diff "$work/before" "$work/after" || true
