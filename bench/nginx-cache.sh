#!/usr/bin/env bash
# nginx (Debian's nginx-light) in front of one or more running Hoshin instances, with the configuration of
# docs/deployment.md, and checks that it caches what Hoshin allows and nothing else:
#   - an anonymous public page is a cache HIT the second time, and nginx answers If-None-Match with 304;
#   - Hoshin itself answers 304 for the current ETag and 200 for an old one;
#   - a signed-in reader (SESSION cookie) always goes to Hoshin (BYPASS) and gets the signed-in page, and staff pages
#     are never stored;
#   - an edit in city A through nginx is seen anonymously within max-age (5 s) + 1 s, while city B stays a HIT.
# Usage: bench/nginx-cache.sh UPSTREAM [UPSTREAM...]   (e.g. 127.0.0.1:8291 127.0.0.1:8292)
# Env: NGINX_PORT (default 8298), NGINX_DIR (default /tmp/cache-nginx). Needs nginx, curl. Exit status 1 on a failure.
set -u
[ $# -ge 1 ] || { echo "usage: $0 HOST:PORT [HOST:PORT...]" >&2; exit 2; }
port=${NGINX_PORT:-8298}
dir=${NGINX_DIR:-/tmp/cache-nginx}
rm -rf "$dir"; mkdir -p "$dir/cache" "$dir/tmp"
servers=""; for u in "$@"; do servers="$servers    server $u;
"; done
# the part between the markers is the configuration of docs/deployment.md (paths and ports adapted)
cat > "$dir/nginx.conf" <<CONF
worker_processes 2; pid $dir/nginx.pid; error_log $dir/error.log; daemon on;
events { worker_connections 1024; }
http {
  access_log off; client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp;
  # --- begin deployment.md
  proxy_cache_path $dir/cache levels=1:2 keys_zone=hoshin:20m max_size=1g inactive=10m use_temp_path=off;
  map \$http_accept_encoding \$hoshin_gzip { default ""; "~*gzip" gzip; }
  upstream hoshin {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://hoshin;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_cache hoshin;
      proxy_cache_key \$scheme\$host\$request_uri\$hoshin_gzip;
      proxy_cache_bypass \$cookie_SESSION \$http_authorization;
      proxy_no_cache \$cookie_SESSION \$http_authorization;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
      add_header X-Cache-Status \$upstream_cache_status always;
    }
  }
  # --- end deployment.md
}
CONF
nginx -c "$dir/nginx.conf" || exit 1
trap 'kill "$(cat "$dir/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
work=$(mktemp -d /tmp/cache-nginx-work.XXXX)
n="http://127.0.0.1:$port"
h="http://$1"
fails=0
check() {  # DESCRIPTION CONDITION...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fails=$((fails + 1)); fi
}
header() {  # FILE NAME → value of the header
  tr -d '\r' < "$1" | awk -v n="$(echo "$2" | tr 'A-Z' 'a-z')" 'BEGIN{FS=": "} tolower($1)==n {sub(/^[^:]*: /,""); print; exit}'
}
status() { head -1 "$1" | awk '{print $2}'; }
get() {  # URL OUT [curl args...]
  local url=$1 out=$2; shift 2
  curl -s -D "$out" -o "$out.body" "$@" "$url"
}

A=/m/132047/2020/departments/kikaku
B=/m/990001/2024/results

get "$n$B" $work/b1; get "$n$B" $work/b2
check "city B's page through nginx: $(status $work/b1) $(status $work/b2)" test "$(status $work/b1)$(status $work/b2)" = 200200
check "anonymous public page: MISS then HIT ($(header $work/b1 X-Cache-Status), $(header $work/b2 X-Cache-Status))" \
  test "$(header $work/b2 X-Cache-Status)" = HIT
check "Cache-Control public with max-age: $(header $work/b2 Cache-Control)" \
  grep -q "public, max-age=" <(header $work/b2 Cache-Control)
etag=$(header $work/b2 ETag)
get "$n$B" $work/b3 -H "If-None-Match: $etag"
check "nginx answers If-None-Match $etag with 304" test "$(status $work/b3)" = 304
get "$h$B" $work/b4 -H "If-None-Match: $etag"
check "Hoshin answers the current ETag with 304 and no body" \
  test "$(status $work/b4)" = 304 -a ! -s $work/b4.body
get "$h$B" $work/b5 -H 'If-None-Match: "000000000000000000000000"'
check "Hoshin answers an old ETag with 200" test "$(status $work/b5)" = 200
get "$n$B" $work/b6 -H "Accept-Encoding: gzip"
get "$n$B" $work/b7 -H "Accept-Encoding: gzip"
get "$n$B" $work/b8
check "gzip and not are kept side by side: $(header $work/b7 Content-Encoding) $(header $work/b7 X-Cache-Status), plain $(header $work/b8 X-Cache-Status)" \
  test "$(header $work/b7 Content-Encoding)" = gzip -a "$(header $work/b7 X-Cache-Status)" = HIT -a "$(header $work/b8 X-Cache-Status)" = HIT

# sign in through nginx
jar=$work/jar
token=$(curl -s -c $jar -b $jar "$n/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p)
curl -s -o /dev/null -c $jar -b $jar --data-urlencode username=mitaka-admin \
  --data-urlencode "password=${HOSHIN_DEMO_PASSWORD:-hoshin-demo-local}" --data-urlencode "_csrf=$token" "$n/login"
check "signed in (SESSION cookie)" grep -q SESSION $jar
get "$n$A" $work/s1 -b $jar; get "$n$A" $work/s2 -b $jar
check "a signed-in reader of a public page goes to Hoshin: $(header $work/s2 X-Cache-Status), $(header $work/s2 Cache-Control)" \
  test "$(header $work/s2 X-Cache-Status)" = BYPASS
check "and gets the signed-in page" grep -q 'サインアウト' $work/s2.body
get "$n/staff" $work/t1 -b $jar; get "$n/staff" $work/t2 -b $jar
check "staff page: never stored ($(header $work/t2 X-Cache-Status), $(header $work/t2 Cache-Control))" \
  grep -q no-store <(header $work/t2 Cache-Control)
get "$n/staff" $work/t3
check "staff page without a session: not from the cache ($(status $work/t3) $(header $work/t3 X-Cache-Status))" \
  test "$(header $work/t3 X-Cache-Status)" != HIT
get "$n/login" $work/l1; get "$n/login" $work/l2
check "sign-in page (sets a cookie): not from the cache ($(header $work/l2 X-Cache-Status))" \
  test "$(header $work/l2 X-Cache-Status)" != HIT

# an edit in city A (through nginx, signed in): visible within max-age + 1 s; city B stays a HIT
get "$n$A" $work/a1 >/dev/null; get "$n$A" $work/a2
api=/api/v1/municipalities/132047/fiscal-years/2020/departments/kikaku
marker="nginx確認 $(date +%s)"
basic="mitaka-admin:${HOSHIN_DEMO_PASSWORD:-hoshin-demo-local}"   # API writes need HTTP Basic
curl -s -u "$basic" "$n$api" > $work/dept.json
python3 - "$work/dept.json" "$marker" > $work/update.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(json.dumps({"version": d["version"], "head": d["head"], "basicPolicy": sys.argv[2], "work": d["work"],
  "missionHeadline": d["missionHeadline"], "mission": d["mission"], "resources": d["resources"],
  "sections": [s["name"] for s in d["sections"]]}))
PY
code=$(curl -s -o $work/put.out -w '%{http_code}' -u "$basic" -X PUT -H 'Content-Type: application/json' \
  --data @$work/update.json "$n$api")
check "edit of city A through nginx: $code" test "$code" = 200
sleep 6
get "$n$A" $work/a3 >/dev/null   # the first after max-age may get the stale copy while nginx refreshes it
sleep 1
get "$n$A" $work/a3
check "city A's page shows the edit after max-age ($(header $work/a3 X-Cache-Status))" grep -q "$marker" $work/a3.body
get "$n$B" $work/b9
check "city B: still the same ETag (not rendered anew by the edit in A)" test "$(header $work/b9 ETag)" = "$etag"
echo "$fails failure(s)"
[ $fails -eq 0 ]
