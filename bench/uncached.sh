#!/usr/bin/env bash
# Uncached render cost (issue 19): public pages rendered on every request (hoshin.public-cache.enabled=false) beside
# nginx serving the same bytes as static files, wrk -t2 -cCONNECTIONS on loopback, alternating, in one run, so the ratio
# holds on a busy machine. Targets: ≥ 0.05 of nginx for simple pages, ≥ 0.02 for pages with charts, p99 ≤ 100 ms.
#   bench/uncached.sh [seconds] [BASE_URL]
#     without BASE_URL: starts Hoshin from this tree with the cache and the search index off (fresh demo data,
#     bench/lib.sh);
#     with BASE_URL: a running Hoshin, which must have been started with HOSHIN_PUBLIC_CACHE_ENABLED=false.
#   PAGES="kind:/path …" chooses the pages (kind: simple, chart, or floor: no target, the request pipeline alone (the liveness probe) —
#   Tomcat, the filters and Spring Security, no database and no template — which no page can beat); CONNECTIONS
#   (default 32).
#   WARM seconds of warm-up per page before measuring (default 10; the JIT needs it on a busy machine).
# Needs nginx and wrk (apt-get install nginx-light wrk). Prints: page kind bytes nginx_rps p99 hoshin_rps p99 ratio
# target, and cpu_ms: the CPU time Hoshin's process spent per request (user + system, from /proc), which a busy machine
# changes far less than the throughput: 2 cores can serve at most about 2,000 / cpu_ms requests a second.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
conns="${CONNECTIONS:-32}"
. bench/lib.sh
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "wrk と nginx が必要です: apt-get install wrk nginx-light" >&2; exit 1; }
if [ -n "${2:-}" ]; then
  base="$2"
else
  export HOSHIN_PUBLIC_CACHE_ENABLED=false
  export HOSHIN_SEARCH_ENABLED=false   # the search index, built in the background after start, would share the cores
  start_hoshin uncached
fi
PAGES=${PAGES:-"floor:/actuator/health/liveness simple:/m/132047/2020/departments simple:/m/990001/2024/results chart:/m/132047/policy/kihon-keikaku-4/K2-3 simple:/api/v1/municipalities/132047/fiscal-years/2020/departments"}
nginx_port="${NGINX_PORT:-18502}"
warm="${WARM:-10}"
hoshin_pid=$(ss -ltnpH "sport = :${base##*:}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$hoshin_pid/stat"; }
root=$(mktemp -d /tmp/hoshin-uncached.XXXXXX)
mkdir -p "$root/www"
cat > "$root/nginx.conf" <<CONF
worker_processes 2; pid $root/nginx.pid; error_log $root/error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; default_type text/html; sendfile on; keepalive_requests 100000;
  server { listen 127.0.0.1:$nginx_port; root $root/www; location / { try_files \$uri \$uri/index.html =404; } } }
CONF
for entry in $PAGES; do
  p="${entry#*:}"
  mkdir -p "$root/www$p"
  curl -sf "$base$p" -o "$root/www$p/index.html"
done
nginx -c "$root/nginx.conf"
trap 'kill "$(cat "$root/nginx.pid")" 2>/dev/null || true; rm -rf "$root"; kill ${launcher:-} 2>/dev/null || true' EXIT
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
printf '%-58s %-6s %7s %10s %9s %10s %9s %7s %-7s %s\n' page kind bytes nginx_rps p99 hoshin_rps p99 ratio target cpu_ms
for entry in $PAGES; do
  kind="${entry%%:*}"; p="${entry#*:}"
  target="≥ 0.05"; [ "$kind" = chart ] && target="≥ 0.02"; [ "$kind" = floor ] && target="-"
  wrk -t2 -c4 -d"${warm}s" "$base$p" >/dev/null 2>&1   # warm up the JIT on this page
  wrk -t2 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$nginx_port$p/" > "$root/n.txt" 2>&1
  before=$(cpu_ticks)
  wrk -t2 -c"$conns" -d"${secs}s" --latency "$base$p" > "$root/h.txt" 2>&1
  after=$(cpu_ticks)
  n=$(rps "$root/n.txt"); h=$(rps "$root/h.txt")
  served=$(awk '/requests in/ {print $1}' "$root/h.txt")
  cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v r="$served" 'BEGIN {printf "%.2f", t * 1000 / hz / r}')
  printf '%-58s %-6s %7s %10s %9s %10s %9s %7s %-7s %s\n' "$p" "$kind" "$(stat -c %s "$root/www$p/index.html")" "$n" \
    "$(p99 "$root/n.txt")" "$h" "$(p99 "$root/h.txt")" "$(awk -v a="$h" -v b="$n" 'BEGIN {printf "%.4f", a / b}')" "$target" "$cpu"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
