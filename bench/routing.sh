#!/usr/bin/env bash
# Routing benchmark of the atlas against its peers, on this machine, in one run.
# Usage: bench/routing.sh [N] [M]      (grid size, default 300 300)
#   Env: OUT (work folder, default /tmp/atlas-bench), PGROUTING=1 to run pgr_dijkstra on the same pairs,
#        GH_PEER=1 to run GraphHopper's own CH (../shared/bench/graphhopper) as the peer, DATA (geodata folder
#        for the curated-network run, default geodata), HEAP (default 2g), JAR (default target/corridor-atlas.jar;
#        a copy elsewhere keeps a long run apart from builds).
# Prints each tool's timings; checks every cost against the Python reference Dijkstra of gen-grid.py.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300} M=${2:-300}
OUT=${OUT:-/tmp/atlas-bench} HEAP=${HEAP:-2g} DATA=${DATA:-geodata}
SHARED=${SHARED:-../shared/bench}
[ -d "$SHARED" ] || { echo "no reference benchmarks at $SHARED (set SHARED=...)" >&2; exit 1; }
JAR=${JAR:-target/corridor-atlas.jar}
[ -f "$JAR" ] || mvn -q -B -o package -DskipTests
mkdir -p "$OUT"
G="$OUT/g${N}x${M}"

echo "== grid ${N} x ${M}"
[ -f "$G/EDGES.csv" ] || python3 "$SHARED/gen-grid.py" "$N" "$M" --out "$G"

# 5 % of the edges closed (seeded), as a list for bench-routing and as a reduced table for the peers.
python3 - "$G" <<'PY'
import csv, random, sys
g = sys.argv[1]
rows = list(csv.DictReader(open(f"{g}/EDGES.csv")))
random.seed(5)
closed = set(r["id"] for r in random.sample(rows, len(rows) // 20))
with open(f"{g}/CLOSED.csv", "w") as f:
    f.write("id\n" + "".join(i + "\n" for i in sorted(closed, key=int)))
with open(f"{g}/EDGES-open.csv", "w") as f:
    f.write("id,source,target,cost,reverse_cost\n")
    for r in rows:
        if r["id"] not in closed:
            f.write(f'{r["id"]},{r["source"]},{r["target"]},{r["cost"]},{r["reverse_cost"]}\n')
PY

echo "== atlas bench-routing, default options (contraction hierarchies, prepared and stored in a cache folder)"
rm -rf "$G/ch-cache"
java -Xmx"$HEAP" -jar "$JAR" bench-routing --edges "$G/EDGES.csv" --pairs "$G/PAIRS.csv" --cost-unit SECONDS \
  --cache "$G/ch-cache" --out "$G/atlas-ch.csv"
python3 "$SHARED/gen-grid.py" --check "$G/EDGES.csv" "$G/atlas-ch.csv" --cols cost

echo "== atlas bench-routing again, as after a restart: the stored contraction hierarchies loaded"
java -Xmx"$HEAP" -jar "$JAR" bench-routing --edges "$G/EDGES.csv" --pairs "$G/PAIRS.csv" --cost-unit SECONDS \
  --cache "$G/ch-cache" --out "$G/atlas-ch-loaded.csv"
python3 "$SHARED/gen-grid.py" --check "$G/EDGES.csv" "$G/atlas-ch-loaded.csv" --cols cost

# The answer may not depend on the unit a cost is written in: the same table read as hours (x3600 inside), and its
# costs multiplied by 3600 and by 0.001, each checked against the Python Dijkstra on that very table.
echo "== atlas bench-routing, exact at any scale: costs read as hours; costs x3600; costs x0.001"
java -Xmx"$HEAP" -jar "$JAR" bench-routing --edges "$G/EDGES.csv" --pairs "$G/PAIRS.csv" --cost-unit HOURS \
  --warmup-seconds 0 --out "$G/atlas-hours.csv" | grep -E "^(prepare|query)"
python3 "$SHARED/gen-grid.py" --check "$G/EDGES.csv" "$G/atlas-hours.csv" --cols cost
for SCALE in 3600 0.001; do
  python3 - "$G" "$SCALE" <<'PY'
import csv, sys
g, scale = sys.argv[1], float(sys.argv[2])
with open(f"{g}/EDGES-x{sys.argv[2]}.csv", "w") as f:
    f.write("id,source,target,cost,reverse_cost\n")
    for r in csv.DictReader(open(f"{g}/EDGES.csv")):
        c, rc = float(r["cost"]), float(r["reverse_cost"])
        f.write(f'{r["id"]},{r["source"]},{r["target"]},{c * scale if c >= 0 else -1!r},{rc * scale if rc >= 0 else -1!r}\n')
PY
  java -Xmx"$HEAP" -jar "$JAR" bench-routing --edges "$G/EDGES-x$SCALE.csv" --pairs "$G/PAIRS.csv" --cost-unit SECONDS \
    --warmup-seconds 0 --out "$G/atlas-x$SCALE.csv" | grep -E "^(prepare|query)"
  python3 "$SHARED/gen-grid.py" --check "$G/EDGES-x$SCALE.csv" "$G/atlas-x$SCALE.csv" --cols cost --tol "${SCALE}e-7"
done

echo "== atlas bench-routing, 5 % of edges closed (bidirectional A*)"
java -Xmx"$HEAP" -jar "$JAR" bench-routing --edges "$G/EDGES.csv" --nodes "$G/NODES.csv" --pairs "$G/PAIRS.csv" \
  --cost-unit SECONDS --closed "$G/CLOSED.csv" --out "$G/atlas-closed.csv"
python3 "$SHARED/gen-grid.py" --check "$G/EDGES-open.csv" "$G/atlas-closed.csv" --cols cost

if [ "${GH_PEER:-0}" = 1 ]; then
  echo "== peer: GraphHopper CH"
  PEER="$OUT/gh-peer"   # built in a copy, so the shared folder stays untouched
  if [ ! -f "$PEER/target/gh-bench.jar" ]; then
    rm -rf "$PEER" && cp -r "$SHARED/graphhopper" "$PEER" && (cd "$PEER" && mvn -q -B package -DskipTests)
  fi
  java -Xmx"$HEAP" -jar "$PEER/target/gh-bench.jar" --edges "$G/EDGES.csv" --pairs "$G/PAIRS.csv" \
    --nodes "$G/NODES.csv" --algo ch,astar-bi --out "$G/gh.csv"
fi

if [ "${PGROUTING:-0}" = 1 ]; then
  echo "== peer: pgRouting pgr_dijkstra (all edges, then with the closed ones removed)"
  "$SHARED/pgrouting-compare.sh" "$G/EDGES.csv" "$G/PAIRS.csv" "$G/pgr.csv"
  "$SHARED/pgrouting-compare.sh" "$G/EDGES-open.csv" "$G/PAIRS.csv" "$G/pgr-closed.csv"
  python3 - "$G" <<'PY'
import csv, sys
g = sys.argv[1]
def load(name):
    return {(r["source"], r["target"]): r for r in csv.DictReader(open(f"{g}/{name}"))}
def p50(values):
    v = sorted(values); return v[(len(v) + 1) // 2 - 1]
for ours, theirs in (("atlas-ch.csv", "pgr.csv"), ("atlas-closed.csv", "pgr-closed.csv")):
    a, p = load(ours), load(theirs)
    same = sum(1 for k in a if a[k]["cost"] and p[k]["cost"] and abs(float(a[k]["cost"]) - float(p[k]["cost"])) < 1e-6)
    ratio = p50(float(r["ms"]) for r in p.values()) * 1000 / p50(float(r["micros"]) for r in a.values())
    print(f"{ours} vs {theirs}: {same}/{len(a)} identical costs; pgr_dijkstra p50 / atlas p50 = {ratio:.0f}x")
PY
fi

echo "== curated network ($DATA): export-network, then every pair of 200 random nodes"
java -jar "$JAR" export-network --dir "$OUT/curated" --data "$DATA"
python3 - "$OUT/curated" <<'PY'
import csv, random, sys
d = sys.argv[1]
nodes = [r["id"] for r in csv.DictReader(open(f"{d}/nodes.csv"))]
random.seed(1)
with open(f"{d}/pairs.csv", "w") as f:
    f.write("source,target\n")
    for _ in range(200):
        f.write(f"{random.choice(nodes)},{random.choice(nodes)}\n")
PY
java -jar "$JAR" bench-routing --edges "$OUT/curated/edges.csv" --nodes "$OUT/curated/nodes.csv" --pairs "$OUT/curated/pairs.csv" \
  --out "$OUT/curated/atlas.csv"
python3 "$SHARED/gen-grid.py" --check "$OUT/curated/edges.csv" "$OUT/curated/atlas.csv" --cols cost
