#!/usr/bin/env python3
"""Close straight chords of railways with the traced 1942 line shapes and with OpenStreetMap stations between them.

Usage:
  python3 geodata/tools/traced_lines.py geodata Railway-station_oData.shp

Inputs:
  geodata/tools/sources/manchuria-1942-lines-subset.geojson (committed)
      the vertices of K. M. Lawson's data/manchuria/manchuria-1942-lines.geojson (github.com/kmlawson/
      japanese-empire-student-map, the commit each feature names) that lie strictly between two station vertices of
      an atlas railway, transcribed by hand from the file read in pages (readOffset), rounded to 5 decimals.
  Railway-station_oData.shp (fetch, do not commit; see osm_lines.py): OSM railway stations of China.

The transcription is checked before anything is written: consecutive vertices at most 3 km apart (a longer step
must be listed in sourceLongSegments, having been checked against the source page); each of the two stations
within 1 km of the source segment that passes it (from sourceBefore to the first vertex, from the last vertex to
sourceAfter), unless openEnd says why the trace stops short; and both stations must be vertices of the railway.
A transcription slip fails one of these.
Each stretch is thinned by Douglas-Peucker (50 m) to a subset of the source's own vertices and spliced between its
two stations, replacing whatever lay between them, so the script can be run again. Nothing is interpolated.
Run stations.py afterwards (it skips the vertices added here when it names stations by vertex order).
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geojson_format  # noqa: E402
from geo import meters  # noqa: E402
from osm_lines import CN_SOURCE, cn_station, read_cn, set_source  # noqa: E402

EXTRACT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources", "manchuria-1942-lines-subset.geojson")
MAX_STEP = 3000
MAX_LONG_STEP = 5000
MEET = 1000
TOLERANCE = 50

TRACE_SOURCE = {
    "title": "manchuria-1942-lines.geojson: the railway lines of Manchuria in July 1942, traced (MultiLineStrings "
             "named by line, e.g. 滿鐵社線 安奉線, 滿洲國線 京圖線)",
    "publisher": "K. M. Lawson, An interactive map of the Japanese Empire (kmlawson/japanese-empire-student-map, "
                 "GitHub); the repository dedicates its own tracing and georeferencing to the public domain (CC0 1.0)",
    "date": "2026-12-07",
    "url": "https://github.com/kmlawson/japanese-empire-student-map/blob/c763916ba81e8dd8359f140707f6e63ae712baf3/"
           "data/manchuria/manchuria-1942-lines.geojson",
}

# OpenStreetMap train stations inserted between two vertices of a railway: (railway, from, to, OSM names in order).
OSM_BETWEEN = [
    ("rail-shenyang-dandong", [123.34946, 41.66028], [123.53184, 41.55929], ["吴家屯"]),
]


def load_extract(path=EXTRACT):
    return geojson_format.load(path)["features"]


def check(feature, railway_coords):
    """The reasons a transcribed stretch cannot be trusted (empty when it passes)."""
    p, line = feature["properties"], feature["geometry"]["coordinates"]
    problems = []
    for end in ("from", "to"):
        if p[end] not in railway_coords:
            problems.append(f"{p['id']}: {end} {p[end]} is not a vertex of {p['railway']}")
    allowed = set(p.get("sourceLongSegments", []))
    for i in range(len(line) - 1):
        step = meters(line[i], line[i + 1])
        if step > (MAX_LONG_STEP if i in allowed else MAX_STEP):
            problems.append(f"{p['id']}: {step:.0f} m from vertex {i} to {i + 1}")
    # Each station must lie on the traced line: within MEET of the source segment that passes it.
    if _offset(p["from"], p["sourceBefore"], line[0]) > MEET:
        problems.append(f"{p['id']}: station {p['from']} {_offset(p['from'], p['sourceBefore'], line[0]):.0f} m "
                        f"off the traced line")
    if not p.get("openEnd") and _offset(p["to"], line[-1], p["sourceAfter"]) > MEET:
        problems.append(f"{p['id']}: station {p['to']} {_offset(p['to'], line[-1], p['sourceAfter']):.0f} m "
                        f"off the traced line")
    return problems


def _offset(p, a, b):
    k = math.cos(math.radians((a[1] + b[1]) / 2))
    ax, ay, bx, by, px, py = a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy) if dx or dy else 0.0
    t = max(0.0, min(1.0, t))
    return meters(p, [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])])


def thin(line, tolerance=TOLERANCE):
    """Douglas-Peucker: a subset of the line's own vertices, ends kept."""
    if len(line) < 3:
        return line
    worst, at = max((_offset(line[i], line[0], line[-1]), i) for i in range(1, len(line) - 1))
    if worst <= tolerance:
        return [line[0], line[-1]]
    return thin(line[:at + 1], tolerance)[:-1] + thin(line[at:], tolerance)


def splice(coords, a, b, interior):
    i, j = coords.index(a), coords.index(b)
    if j <= i:
        raise SystemExit(f"{a} does not come before {b}")
    return coords[:i + 1] + interior + coords[j:]


def added_vertices():
    """The vertices this script puts on railways (stations.py skips them when it counts stations in order)."""
    out = set()
    for f in load_extract():
        out.update(tuple(c) for c in f["geometry"]["coordinates"])
    return out


def main(data, cn_shp):
    path = os.path.join(data, "layers", "railways.geojson")
    layer = geojson_format.load(path)
    by_id = {f["id"]: f for f in layer["features"]}
    extract = load_extract()
    problems = [p for f in extract for p in check(f, by_id[f["properties"]["railway"]]["geometry"]["coordinates"])]
    if problems:
        sys.exit("transcription refused:\n  " + "\n  ".join(problems))
    for f in extract:
        p = f["properties"]
        line = by_id[p["railway"]]
        coords = line["geometry"]["coordinates"]
        kept = thin([p["from"]] + f["geometry"]["coordinates"] + [p["to"]])[1:-1]
        line["geometry"]["coordinates"] = splice(coords, p["from"], p["to"], kept)
        set_source(line["properties"], TRACE_SOURCE)
        print(f"{p['id']}: {len(kept)} of {len(f['geometry']['coordinates'])} source vertices")
    cn = read_cn(cn_shp)
    for line_id, a, b, names in OSM_BETWEEN:
        line = by_id[line_id]
        stations = [cn_station(cn, name) for name in names]
        line["geometry"]["coordinates"] = splice(line["geometry"]["coordinates"], a, b, stations)
        set_source(line["properties"], CN_SOURCE)
    geojson_format.save(path, layer)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
