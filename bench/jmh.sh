#!/usr/bin/env bash
# JMH benchmarks of the router (src/test/java/org/corridoratlas/bench/RoutingBenchmark.java).
# Usage: [BENCHMARK=StaticMapBenchmark] bench/jmh.sh [DATA] [JMH options...]   DATA: geodata folder (default geodata); e.g. bench/jmh.sh geodata -f 1
#   Env: JAVA_OPTS, e.g. -Djmh.ignoreLock=true when another JMH run holds /tmp/jmh.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-geodata}
shift || true
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java ${JAVA_OPTS:-} -Datlas.data="$DATA" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main -jvmArgsAppend "-Datlas.data=$DATA" "$@" "${BENCHMARK:-RoutingBenchmark}"
