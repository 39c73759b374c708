#!/usr/bin/env bash
# Start-up time: from `java -jar ... serve` to the first 200 on /health, with the bundled data.
# Usage: bench/startup.sh [RUNS]   (needs target/corridor-atlas.jar; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/corridor-atlas.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" serve --port "$port" > /dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    sleep 0.02
    kill -0 "$pid" 2>/dev/null || { echo "server died" >&2; exit 1; }
  done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
# Reference in the same run: the JVM alone starting and stopping (java -version), which shows how loaded the
# machine is; on a quiet machine it takes about 0.1 s.
jvm=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N); java -version > /dev/null 2>&1; end=$(date +%s%N)
  jvm+=($(( (end - start) / 1000000 )))
done
jvm_sorted=$(printf '%s\n' "${jvm[@]}" | sort -n)
echo "reference, same run: JVM alone (java -version), median $(echo "$jvm_sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "start-up to first 200 on /health, ms (runs: $runs): $(echo $sorted | tr '\n' ' ')"
echo "min $(echo "$sorted" | head -1) ms, median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, max $(echo "$sorted" | tail -1) ms"
