#!/usr/bin/env bash
# JMH benchmark of /static.png at 800 x 500 without HTTP (src/test/java/org/corridoratlas/bench/StaticMapBenchmark.java).
# Usage: bench/static-map.sh [DATA] [JMH options...]   DATA: geodata folder (default geodata)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-geodata}
shift || true
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -Djava.awt.headless=true -Datlas.data="$DATA" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main -jvmArgsAppend "-Datlas.data=$DATA -Djava.awt.headless=true" "$@" StaticMapBenchmark
