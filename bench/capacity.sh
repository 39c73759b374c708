#!/usr/bin/env bash
# Usage: bench/capacity.sh
#   What one replica costs per kind of request, for the README's scaling section: starts the jar on loopback,
#   drives each kind of request with wrk for DURATION seconds, and reads the CPU time the replica's process used
#   (utime + stime from /proc) over the run. Prints requests/s and requests per CPU-second, i.e. per core fully
#   used: on a shared machine the first moves with the neighbours' load, the second much less. Also the resident
#   memory of the replica at the end.
#   Needs target/corridor-atlas.jar (mvn -B -o package -DskipTests), wrk, curl.
#   Env: DURATION (10), CONNS (8), PORT (18620), JAVA_OPTS (-Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[capacity] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
for tool in wrk curl java; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
[ -f target/corridor-atlas.jar ] || die "build the jar first: mvn -B -o package -DskipTests"
DURATION=${DURATION:-10} CONNS=${CONNS:-8} PORT=${PORT:-18620} JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/capacity.XXXXXX")
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
# shellcheck disable=SC2086
java $JAVA_OPTS -Dorg.slf4j.simpleLogger.log.access=warn -jar target/corridor-atlas.jar serve --port "$PORT" \
  >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break; sleep 0.1; done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" || die "the replica did not start"
base="http://127.0.0.1:$PORT"
ticks=$(getconf CLK_TCK)
cpu_seconds() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$pid/stat"; }

corridor=dandong-sinuiju-pyongyang-nampo
# wrk sends no Accept header, and the ETag of a negotiated answer depends on it.
etag=$(curl -fs -H "Accept:" -o /dev/null -D - "$base/api/routes?from=Dandong&to=Pyongyang" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
module=$(curl -fs "$base/" | grep -o '/v/[0-9a-f]*/main.js' | head -1 | sed 's/main.js$/api.js/')
kinds=(
  "web module (versioned)|$module|"
  "basemap (countries, gzip)|/api/basemap/countries|Accept-Encoding: gzip"
  "layer (largest, full page, gzip)|/ogcapi/collections/roads/items?limit=10000|Accept-Encoding: gzip"
  "feature|/ogcapi/collections/ports/items/port-nampo|"
  "search|/api/search?q=rajin|"
  "corridor profile|/api/corridors/$corridor|"
  "route|/api/routes?from=Dandong&to=Pyongyang|"
  "route revalidated (304)|/api/routes?from=Dandong&to=Pyongyang|If-None-Match: $etag"
  "embed page|/embed?corridor=$corridor|"
  "static map 800x500|/static.png?corridor=$corridor|"
)
printf '%-34s %10s %10s %14s\n' "request" "req/s" "CPU s" "req/CPU-second"
for kind in "${kinds[@]}"; do
  IFS='|' read -r name path header <<<"$kind"
  args=(-t1 -c"$CONNS" --timeout 30s)
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" -d3s "$base$path" >/dev/null # warm-up: the JIT compiles the path
  before=$(cpu_seconds)
  wrk "${args[@]}" -d"${DURATION}s" "$base$path" >"$tmp/wrk.out"
  after=$(cpu_seconds)
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$tmp/wrk.out")
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$tmp/wrk.out")
  bad=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$tmp/wrk.out")
  [ -z "$bad" ] || log "$name: $bad non-2xx/3xx answers"
  awk -v n="$name" -v r="$rps" -v b="$before" -v a="$after" -v q="$requests" \
    'BEGIN { c = a - b; printf "%-34s %10.0f %10.1f %14.0f\n", n, r, c, (c > 0 ? q / c : 0) }'
done
log "resident memory of the replica: $(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$pid/status");" \
  "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
