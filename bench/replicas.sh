#!/usr/bin/env bash
# Usage: bench/replicas.sh
#   Three replicas of the atlas behind Debian's nginx on loopback, under load from wrk for DURATION seconds;
#   meanwhile one replica is stopped with SIGTERM and started again, then all three are reloaded with changed
#   data one after another (SIGHUP). Prints requests served, failed requests (non-2xx/3xx answers and socket
#   errors seen by wrk; must be 0), requests per second and how many requests nginx retried on another replica;
#   then checks that every replica serves the new data version and gives the same ETags. Exit 1 on any failure.
#   nginx retries on connection errors and 502/503/504 (proxy_next_upstream), as deploy/nginx.conf does; its
#   cache is off here (CACHE=1 to turn it on) so that the load reaches the replicas.
#   Needs target/corridor-atlas.jar (mvn -B -o package -DskipTests), nginx, wrk, curl.
#   Env: DURATION (30), CONNS (16), BASE_PORT (18610: nginx; replicas on the next three), CACHE (0),
#        JAVA_OPTS (-Xmx384m).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[replicas %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
for tool in nginx wrk curl java; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
[ -f target/corridor-atlas.jar ] || die "build the jar first: mvn -B -o package -DskipTests"

DURATION=${DURATION:-30} CONNS=${CONNS:-16} BASE_PORT=${BASE_PORT:-18610} CACHE=${CACHE:-0}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
NGINX_PORT=$BASE_PORT
PORTS=($((BASE_PORT + 1)) $((BASE_PORT + 2)) $((BASE_PORT + 3)))
tmp=$(mktemp -d "${TMPDIR:-/tmp}/replicas.XXXXXX")
chmod 755 "$tmp"
declare -A pids=()
nginx_pid=

cleanup() {
  for i in "${!pids[@]}"; do
    kill "${pids[$i]}" 2>/dev/null && wait "${pids[$i]}" 2>/dev/null || true
  done
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  [ -n "${KEEP:-}" ] && log "kept $tmp" || rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for p in "$NGINX_PORT" "${PORTS[@]}"; do
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && die "127.0.0.1:$p is already taken"
done

# The replicas' data: a copy, so that the reload can change it.
cp -r geodata "$tmp/geodata"

start_replica() { # index
  local i=$1
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dorg.slf4j.simpleLogger.log.access=warn -jar target/corridor-atlas.jar serve \
    --port "${PORTS[$i]}" --public-url "http://127.0.0.1:$NGINX_PORT" --data "$tmp/geodata" --cache "$tmp/cache" --drain 10 >>"$tmp/replica$i.log" 2>&1 &
  pids[$i]=$!
}

wait_ready() { # index; a busy shared machine can take minutes to start a JVM
  local i=$1 deadline=$((SECONDS + 600))
  while [ $SECONDS -lt $deadline ]; do
    curl -fs -m 10 -o /dev/null "http://127.0.0.1:${PORTS[$i]}/health/ready" && return 0
    kill -0 "${pids[$i]}" 2>/dev/null || { cat "$tmp/replica$i.log" >&2; die "replica $i exited"; }
    sleep 0.1
  done
  die "replica $i not ready after 600 s"
}

version_of() { # index
  curl -fs -m 10 "http://127.0.0.1:${PORTS[$1]}/health" | sed -n 's/.*"dataVersion":"\([0-9a-f]*\)".*/\1/p'
}

log "starting 3 replicas on ${PORTS[*]} (one prepares the routing cache, the others load it)"
start_replica 0
wait_ready 0
start_replica 1
start_replica 2
wait_ready 1
wait_ready 2
old_version=$(version_of 0)
log "replicas ready, data version $old_version"
grep -ho 'routing hierarchies [a-z ]*' "$tmp"/replica*.log | sort | uniq -c | sed 's/^ */  /' >&2

user_line=
[ "$(id -u)" -eq 0 ] && user_line="user root;"
cache_lines="proxy_cache off;"
[ "$CACHE" = 1 ] && cache_lines="proxy_cache atlas; proxy_cache_revalidate on; proxy_cache_lock on;
      proxy_cache_background_update on; proxy_cache_use_stale error timeout updating http_500 http_502 http_503;"
mkdir -p "$tmp/temp" "$tmp/cache-nginx"
cat >"$tmp/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log warn;
events { worker_connections 4096; }
http {
  log_format retries '\$status \$upstream_status';
  access_log $tmp/nginx-access.log retries;
  client_body_temp_path $tmp/temp/client_body;
  proxy_temp_path $tmp/temp/proxy;
  fastcgi_temp_path $tmp/temp/fastcgi;
  uwsgi_temp_path $tmp/temp/uwsgi;
  scgi_temp_path $tmp/temp/scgi;
  proxy_cache_path $tmp/cache-nginx levels=1:2 keys_zone=atlas:10m max_size=200m inactive=1h use_temp_path=off;
  upstream atlas {
    server 127.0.0.1:${PORTS[0]} max_fails=1 fail_timeout=2s;
    server 127.0.0.1:${PORTS[1]} max_fails=1 fail_timeout=2s;
    server 127.0.0.1:${PORTS[2]} max_fails=1 fail_timeout=2s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://atlas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      $cache_lines
    }
  }
}
CONF
nginx -t -q -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/nginx-error.log" || die "nginx config test failed"
nginx -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/nginx-error.log" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/health" && break; sleep 0.1; done
log "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') on $NGINX_PORT in front of them"

# What readers and GIS clients ask for: the map's layers, a feature, search, corridors, a route, an embed page,
# OGC API documents. (No /static.png: a picture costs 20-50 ms of CPU, which would make the run about pictures.)
cat >"$tmp/mix.lua" <<'LUA'
local paths = {"/ogcapi/collections/railways/items?limit=10000", "/ogcapi/collections/ports/items?limit=10000",
  "/ogcapi/collections/crossings/items?limit=10000", "/ogcapi/collections/ports/items/port-nampo",
  "/api/search?q=rajin", "/api/corridors", "/api/corridors/dandong-sinuiju-pyongyang-nampo",
  "/api/routes?from=Dandong&to=Pyongyang", "/embed?corridor=dandong-sinuiju-pyongyang-nampo", "/ogcapi",
  "/ogcapi/collections", "/api/events", "/"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
LUA

# The load lasts DURATION seconds, or longer when the events below take longer (a busy machine): wrk stops on
# SIGINT and prints its figures.
log "load: wrk -t2 -c$CONNS through nginx for at least ${DURATION}s"
load_start=$SECONDS
wrk -t2 -c"$CONNS" -d3600s --timeout 30s -s "$tmp/mix.lua" "http://127.0.0.1:$NGINX_PORT" >"$tmp/wrk.out" &
wrk_pid=$!

# Meanwhile: stop a replica and start it again; then change the data and reload the replicas one by one.
sleep 4
log "SIGTERM replica 1 (pid ${pids[1]})"
kill -TERM "${pids[1]}"
wait "${pids[1]}" 2>/dev/null || true
log "replica 1 stopped; starting it again"
start_replica 1
wait_ready 1
log "replica 1 ready again"
sleep 2
python3 - "$tmp/geodata/layers/ports.geojson" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
marker = '"description": "'
assert marker in text
open(path, "w", encoding="utf-8").write(text.replace(marker, marker + "(Reloaded by bench/replicas.sh.) ", 1))
PY
log "data changed; rolling reload"
for i in 0 1 2; do
  kill -HUP "${pids[$i]}"
  deadline=$((SECONDS + 600))
  while [ $SECONDS -lt $deadline ]; do
    v=$(version_of "$i" || true)
    [ -n "$v" ] && [ "$v" != "$old_version" ] && break
    sleep 0.1
  done
  log "replica $i reloaded: data version $(version_of "$i")"
  sleep 1
done
while [ $((SECONDS - load_start)) -lt "$DURATION" ]; do sleep 0.5; done
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
load_seconds=$((SECONDS - load_start))

requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$tmp/wrk.out")
rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$tmp/wrk.out")
non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$tmp/wrk.out")
socket=$(sed -n 's/^ *Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' \
  "$tmp/wrk.out" | awk '{ print $1 + $2 + $3 + $4 }')
failed=$(( ${non2xx:-0} + ${socket:-0} ))
retried=$(awk '$2 ~ /,/ { n++ } END { print n + 0 }' "$tmp/nginx-access.log")
abandoned=$(cat "$tmp"/replica*.log | grep -c "abandoned at the end of the drain" || true)

new_version=$(version_of 0)
ok=1
for i in 1 2; do
  [ "$(version_of "$i")" = "$new_version" ] || { log "replica $i serves $(version_of "$i"), not $new_version"; ok=0; }
done
[ "$new_version" != "$old_version" ] || { log "the data version did not change"; ok=0; }
etags_checked=0
for path in /ogcapi/collections/ports/items?limit=10000 /ogcapi/collections/ports/items/port-nampo /api/corridors \
  "/api/routes?from=Dandong&to=Pyongyang" "/embed?corridor=dandong-sinuiju-pyongyang-nampo" /; do
  tags=$(for p in "${PORTS[@]}"; do
    curl -fs -o /dev/null -D - -H "Host: atlas.example" "http://127.0.0.1:$p$path" | tr -d '\r' |
      sed -n 's/^[Ee][Tt][Aa][Gg]: //p'
  done | sort -u)
  if [ "$(printf '%s\n' "$tags" | grep -c .)" -ne 1 ]; then log "ETags differ for $path: $tags"; ok=0; fi
  case "$tags" in *"$new_version"*) ;; *) log "ETag of $path is not of the new data: $tags"; ok=0 ;; esac
  etags_checked=$((etags_checked + 1))
done

cat <<REPORT
replicas.sh: 3 replicas behind nginx, wrk -c$CONNS for ${load_seconds}s; a SIGTERM + restart and a rolling SIGHUP reload
  machine              $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)
  requests served      $requests
  failed requests      $failed  (non-2xx/3xx: ${non2xx:-0}, socket errors: ${socket:-0})
  requests/s           $rps
  retried by nginx     $retried  (answered by another replica)
  abandoned in drains  $abandoned
  data version         $old_version -> $new_version on all three: $([ $ok = 1 ] && echo yes || echo NO)
  same ETags           $etags_checked URLs checked on all three: $([ $ok = 1 ] && echo yes || echo NO)
REPORT
[ "$failed" -eq 0 ] && [ "$ok" = 1 ] || exit 1
