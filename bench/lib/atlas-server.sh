# Sourced by the bench scripts that start their own atlas: one way to start it, wait for it and stop it.
# The sourcing script sets NAME (its log prefix) before sourcing; it gets log, die, a scratch folder $tmp
# (removed at exit) and start_atlas, which leaves the server's URL in $BASE and its log in $tmp/server.log.
log() { printf '[%s] %s\n' "$NAME" "$*" >&2; }
die() { log "error: $*"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/$NAME.XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
    log "server (pid $server_pid) stopped"
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_atlas [JVM OPTION...]: the built jar on a free loopback port with the bundled data, access log off.
start_atlas() {
  [ -f target/corridor-atlas.jar ] || die "target/corridor-atlas.jar is missing: mvn -B -o package -DskipTests"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # shellcheck disable=SC2086
  java "$@" ${JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.log.access=warn -jar target/corridor-atlas.jar serve \
    --host 127.0.0.1 --port "$port" --data geodata >"$tmp/server.log" 2>&1 &
  server_pid=$!
  BASE=http://127.0.0.1:$port
  for _ in $(seq 600); do
    curl -sf -o /dev/null "$BASE/health" && return 0
    kill -0 "$server_pid" 2>/dev/null || die "the server did not start: $(tail -5 "$tmp/server.log")"
    sleep 0.1
  done
  die "the server did not answer /health within 60 s"
}
