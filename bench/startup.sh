#!/usr/bin/env bash
# Start-up time: from the README's `java -XX:SharedArchiveFile=target/corridor-atlas.jsa -jar ... serve` to the first
# 200 on /health, with the bundled data; beside it in the same run, alternated, the same jar without the class-data
# archive, and the JVM alone (`java -version`), which shows how loaded the machine is (about 0.1 s when quiet).
# Usage: bench/startup.sh [RUNS]   (needs target/corridor-atlas.jar and .jsa from `mvn package`; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/corridor-atlas.jar
archive=target/corridor-atlas.jsa
[ -f "$jar" ] && [ -f "$archive" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# Milliseconds from launch to the first 200 on /health; refuses a run where the JVM could not map the archive.
start_once() {
  local start end pid log
  log=$(mktemp)
  start=$(date +%s%N)
  java "$@" -jar "$jar" serve --port "$port" > "$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    sleep 0.02
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "server died" >&2; exit 1; }
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if grep -q "Unable to use shared archive" "$log"; then echo "the JVM refused $archive: rebuild" >&2; exit 1; fi
  rm -f "$log"
  echo $(( (end - start) / 1000000 ))
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

with=(); without=(); jvm=()
for _ in $(seq 1 "$runs"); do
  with+=("$(start_once -XX:SharedArchiveFile="$archive")")
  without+=("$(start_once)")
  start=$(date +%s%N); java -version > /dev/null 2>&1; end=$(date +%s%N)
  jvm+=($(( (end - start) / 1000000 )))
done
echo "reference, same run: JVM alone (java -version), median $(median "${jvm[@]}") ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start-up to first 200 on /health, README command (class-data archive), ms: ${with[*]}"
echo "  median $(median "${with[@]}") ms"
echo "the same jar without the archive, alternated, ms: ${without[*]}"
echo "  median $(median "${without[@]}") ms"
