#!/usr/bin/env bash
# Usage: bench/http-load.sh [BASE_URL]
#   HTTP load on the atlas with wrk, loopback only:
#   1. items of the largest layer at limit=10000 against nginx serving the same bytes from a file, side by side
#      (uses static-limit.sh from the shared bench folder when present: STATIC_LIMIT=/path/to/static-limit.sh);
#   2. /api/search throughput (a rotation of queries in several scripts);
#   3. /api/routes throughput, when the server answers it;
#   4. 64 connections for 30 s over a mix of endpoints: fails (exit 1) on any non-2xx answer or socket error.
#   Without BASE_URL it starts target/corridor-atlas.jar (build it first: mvn -B -o package -DskipTests) on a
#   free port with --data geodata, access log off, and stops it by PID at exit.
#   Env: DURATION (10s, steps 1-3), MIX_DURATION (30s), MIX_CONNS (64), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "[http-load] error: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
NAME=http-load
. bench/lib/atlas-server.sh
command -v curl >/dev/null || die "curl is not installed"

DURATION=${DURATION:-10s} MIX_DURATION=${MIX_DURATION:-30s} MIX_CONNS=${MIX_CONNS:-64}
STATIC_LIMIT=${STATIC_LIMIT:-../shared/bench/static-limit.sh}
BASE=${1:-}
[ -n "$BASE" ] || start_atlas
case "$BASE" in http://127.0.0.1[:/]* | http://localhost[:/]*) ;; *) die "BASE_URL must be on 127.0.0.1" ;; esac
log "server $BASE, $(nproc) CPUs shared by wrk and server"

# warm-up: the JIT compiles the hot paths in the first seconds
largest=$(curl -sf "$BASE/health" | python3 -c 'import json,sys; l=json.load(sys.stdin)["layers"]; print(max(l, key=l.get))')
items="$BASE/ogcapi/collections/$largest/items?limit=10000"
wrk -t2 -c16 -d5s "$items" >/dev/null

echo "== 1. items of the largest layer ($largest) at limit=10000 vs nginx serving the same bytes"
curl -sf "$items" -o "$tmp/$largest.json"
if [ -x "$STATIC_LIMIT" ]; then
  WRK_DURATION=$DURATION "$STATIC_LIMIT" "$tmp/$largest.json" "$items" 2>&1 | sed -n '/^wrk/,$p'
else
  log "no $STATIC_LIMIT: measuring the server alone"
  wrk -t2 -c32 -d"$DURATION" --latency "$items" | grep -E 'Requests/sec|Transfer/sec|50%|99%|Non-2xx|Socket'
fi

echo "== 2. /api/search"
cat >"$tmp/search.lua" <<'LUA'
local queries = {"sinuiju", "shinuiju", "Sin%C5%ADiju", "%EC%8B%A0%EC%9D%98%EC%A3%BC", "%E4%B8%B9%E4%B8%9C",
  "%D0%A5%D0%B0%D1%81%D0%B0%D0%BD", "komdok", "rason", "tum", "dandnog", "friendship bridge", "chongjin"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(i % #queries) + 1]:gsub(" ", "%%20"))
end
LUA
wrk -t2 -c32 -d"$DURATION" --latency -s "$tmp/search.lua" "$BASE" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket'

echo "== 3. /api/routes"
route="$BASE/api/routes?from=port-dandong&to=port-nampo"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$route")" = 200 ]; then
  wrk -t2 -c32 -d"$DURATION" --latency "$route" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket'
else
  echo "(not served here yet: $route)"
fi

echo "== 4. $MIX_CONNS connections for $MIX_DURATION over a mix of endpoints: no errors allowed"
cat >"$tmp/mix.lua" <<'LUA'
local paths = {"/ogcapi", "/ogcapi/collections", "/ogcapi/collections/crossings/items",
  "/ogcapi/collections/railways/items?limit=10000", "/ogcapi/collections/ports/items?f=html",
  "/ogcapi/collections/crossings/items?datetime=2021-06-01&countries=PRK", "/ogcapi/collections/roads/items?f=csv",
  "/api/search?q=sinuiju", "/api/corridors", "/api/events?from=2020-01-01", "/api/trade", "/health"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
wrk -t2 -c"$MIX_CONNS" -d"$MIX_DURATION" --latency -s "$tmp/mix.lua" "$BASE" | tee "$tmp/mix.out" |
  grep -E 'Requests/sec|50%|99%|Non-2xx|Socket'
if grep -qE 'Non-2xx|Socket errors' "$tmp/mix.out"; then
  die "errors under load"
fi
echo "no errors"
