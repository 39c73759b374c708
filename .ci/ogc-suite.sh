#!/usr/bin/env bash
# The OGC's own conformance suite for OGC API - Features Part 1 (ets-ogcapi-features10, Apache-2.0, © Open
# Geospatial Consortium; its main sources at commit a314c1e in .ci/ets/, without its tests, site and images) against
# a running atlas. Builds the suite's all-in-one jar from those sources with Maven Central only (about 2 minutes the
# first time) and caches it under ~/.m2/corridor-atlas/, keyed by the tarball's digest.
#   usage: .ci/ogc-suite.sh LANDING_URL [OUT_DIR]      e.g. .ci/ogc-suite.sh http://127.0.0.1:17070/ogcapi
# Prints "passed P, failed F, skipped S" and each failure. Exit: 0 none failed, 1 some failed, 2 the run broke.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
url=${1:?usage: ogc-suite.sh LANDING_URL [OUT_DIR]}
out=${2:-$(mktemp -d)}
tarball=$(ls "$here"/ets/ets-ogcapi-features10-*.tar.gz)
key=$(sha256sum "$tarball" | cut -c1-12)
cache=${ETS_CACHE:-$HOME/.m2/corridor-atlas/ets-ogcapi-features10-$key}
jar=$cache/ets-ogcapi-features10/target/ets-ogcapi-features10-1.10-SNAPSHOT-aio.jar
if [ ! -s "$jar" ]; then
  echo "building the OGC suite in $cache (once)" >&2
  rm -rf "$cache" && mkdir -p "$cache"
  tar -xzf "$tarball" -C "$cache"
  # buildnumber-maven-plugin reads git metadata; the enforcer asks for Maven >= 3.9 (Debian's is 3.8).
  (cd "$cache/ets-ogcapi-features10" && git init -q . && git add -A \
    && git -c user.name=build -c user.email=build@localhost commit -qm source \
    && mvn -B -q -ntp -Dmaven.test.skip=true -Denforcer.skip=true package >&2)
fi
mkdir -p "$out/results"
esc() { printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
# No DOCTYPE line: the JDK's parser would try to download its DTD.
cat > "$out/test-run-props.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<properties version="1.0">
  <entry key="iut">$(esc "$url")</entry>
  <entry key="noofcollections">-1</entry>
</properties>
XML
if ! java -jar "$jar" -o "$out/results" "$out/test-run-props.xml" > "$out/console.log" 2>&1; then
  echo "the suite did not run; see $out/console.log" >&2; tail -n 20 "$out/console.log" >&2; exit 2
fi
results=$(ls -t "$out"/results/testng/*/testng-results.xml 2>/dev/null | head -n 1 || true)
[ -n "$results" ] || { echo "no testng-results.xml under $out/results" >&2; exit 2; }
python3 - "$results" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
counts, fails = {"PASS": 0, "FAIL": 0, "SKIP": 0}, []
for cls in root.iter("class"):
    for m in cls.iter("test-method"):
        status, name = m.get("status"), cls.get("name").rsplit(".", 1)[-1] + "." + m.get("name")
        if m.get("is-config") == "true":
            if status == "FAIL":
                fails.append(("setup " + name, [], m))
            continue
        counts[status] = counts.get(status, 0) + 1
        if status == "FAIL":
            fails.append((name, [" ".join((p.findtext("value") or "").split())[:140] for p in m.iter("param")], m))
print(f"OGC suite: passed {counts['PASS']}, failed {counts['FAIL']}, skipped {counts['SKIP']}")
for name, params, m in fails:
    exc = m.find("exception")
    msg = " / ".join(l.strip() for l in (exc.findtext("message") or "").splitlines() if l.strip()) if exc is not None else ""
    print(f"FAILED {name}" + (f"  [{'; '.join(params)}]" if params else ""))
    print(f"    {msg[:400]}")
sys.exit(1 if fails else 0)
PY
