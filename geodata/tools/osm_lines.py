#!/usr/bin/env python3
"""Redraw railways station by station from OpenStreetMap station nodes (ODbL).

Usage:
  python3 geodata/tools/osm_lines.py geodata RU_stations_new.csv rzd_sosedi.csv Railway-station_oData.shp

Inputs (fetch them, do not commit them):
  RU_stations_new.csv  github.com/MichaelODeli/railway_materials, stations_parcer/RU_stations_new.csv: Russian
                       stations by ESR code with the OpenStreetMap node id and coordinates of each (tab-separated;
                       built from osm.sbin.ru/esr, which matches ESR codes to OSM nodes).
  rzd_sosedi.csv       same repository, stations_neighbourhood/rzd_sosedi.csv: neighbouring-station pairs of the
                       tariff guide No. 4 (ESR codes), which give the order of stations along a line.
  Railway-station_oData.shp
                       github.com/OpenQGIS/OMap-GeoDB, oData-railway-station/Railway-station_oData.zip (unzipped):
                       OSM railway stations of China, 2025-01-24; read with ogr2ogr (gdal-bin).

Rewrites geodata/layers/railways.geojson: the Russian lines are rebuilt from the station sequence of the neighbour
table between fixed vertices (crossing points and vertices other layers share), each station a vertex at its OSM
node; the Dandong-Donggang line gets the OSM stations the en.wiki route diagram names. Only coordinates,
sources, confidence, confidenceNote and alignmentGap of the named lines change; status timelines are left alone.
Never a vertex that is not a sourced point: stations without coordinates are left out and their gaps stay chords.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

from geo import meters

ACCESS = "2026-12-07"
OSM_NOTE = "© OpenStreetMap contributors, ODbL 1.0"
RU_SOURCE = {
    "title": "RU_stations_new.csv: Russian railway stations by ESR code with OpenStreetMap node coordinates",
    "publisher": "MichaelODeli/railway_materials (GitHub), from osm.sbin.ru/esr; OpenStreetMap data, " + OSM_NOTE,
    "date": ACCESS,
    "url": "https://github.com/MichaelODeli/railway_materials/blob/main/stations_parcer/RU_stations_new.csv",
}
RU_ORDER = {
    "title": "rzd_sosedi.csv: neighbouring stations of the Russian railways (tariff guide No. 4, book 1)",
    "publisher": "MichaelODeli/railway_materials (GitHub)",
    "date": ACCESS,
    "url": "https://github.com/MichaelODeli/railway_materials/blob/main/stations_neighbourhood/rzd_sosedi.csv",
}
CN_SOURCE = {
    "title": "Railway-station_oData: OpenStreetMap railway stations of China (2025-01-24)",
    "publisher": "OpenQGIS/OMap-GeoDB (GitHub); OpenStreetMap data, " + OSM_NOTE,
    "date": ACCESS,
    "url": "https://github.com/OpenQGIS/OMap-GeoDB/tree/main/oData-railway-station",
}


# --- Russian stations --------------------------------------------------------------------------------------------

def read_ru(stations_csv, neighbours_csv):
    coords, names, nodes = {}, {}, {}
    with open(stations_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["lat"] and row["lon"]:
                coords[row["esr"]] = [round(float(row["lon"]), 5), round(float(row["lat"]), 5)]
                names[row["esr"]] = row["name"]
                nodes[row["esr"]] = row["osm_id"].split(".")[0]
    adjacent = {}
    with open(neighbours_csv, encoding="utf-8-sig") as f:
        rows = csv.reader(f, delimiter=";")
        next(rows)
        for a, a_name, b, b_name in rows:
            adjacent.setdefault(a, set()).add(b)
            adjacent.setdefault(b, set()).add(a)
            names.setdefault(a, a_name)
            names.setdefault(b, b_name)
    return coords, names, nodes, adjacent


def hop_path(adjacent, start, goal):
    """Fewest-hop path in the neighbour table (breadth first); the waypoints of each line keep it on the line."""
    previous = {start: None}
    frontier = [start]
    while frontier and goal not in previous:
        nxt = []
        for esr in frontier:
            for n in sorted(adjacent.get(esr, ())):
                if n not in previous:
                    previous[n] = esr
                    nxt.append(n)
        frontier = nxt
    if goal not in previous:
        raise SystemExit(f"no neighbour path {start} -> {goal}")
    path = [goal]
    while previous[path[-1]] is not None:
        path.append(previous[path[-1]])
    return path[::-1]


def station_sequence(adjacent, waypoints):
    seq = [waypoints[0]]
    for a, b in zip(waypoints, waypoints[1:]):
        seq += hop_path(adjacent, a, b)[1:]
    return seq


# Each Russian line: ESR waypoints (the neighbour path between them is the line), and fixed vertices that replace
# the OSM point of a station (a vertex shared with another line or layer, or a published station coordinate that is
# kept) or are added at an end (a crossing point). Stations within FIXED_RADIUS of a fixed vertex are not drawn twice.
FIXED_RADIUS = 1500
BARANOVSKY = [131.92722, 43.64556]   # ru.wiki station coordinate, shared by two lines
KHASAN = [130.64492, 42.43006]       # pl.wiki station coordinate (OSM node 25 m away)
KHASAN_BRIDGE = [130.64106, 42.41517]
HUNCHUN_BORDER = [130.53829, 42.79891]
MYS_ASTAFYEVA = [132.89583, 42.7975]  # ru.wiki station coordinate (OSM node 25 m away)

RU_LINES = {
    "rail-ussuriysk-vladivostok": {
        "waypoints": ["988306", "988402", "986508", "982117", "982102", "981805", "981311", "980003"],
        "fixed": {"988402": BARANOVSKY},
    },
    "rail-baranovsky-khasan": {
        "waypoints": ["988402", "987587", "987303", "987500", "987407", "986404", "987002"],
        "fixed": {"988402": BARANOVSKY, "987002": KHASAN},
        "extra": ["987426", "987411", "988166"],
        "end": [KHASAN_BRIDGE],
    },
    "rail-ugolnaya-mys-astafyeva": {
        "waypoints": ["982102", "982206", "982210", "982403", "982808", "983514", "983800", "984305", "984502",
                      "984517", "985609"],
        "fixed": {"985609": MYS_ASTAFYEVA},
    },
    "rail-makhalino-hunchun": {
        "waypoints": ["986404", "979608"],
        "start": ["987426"],
        "end": [HUNCHUN_BORDER],
    },
    "rail-posyet-branch": {
        "waypoints": ["987500", "987708"],
    },
    "rail-zarubino-branch": {
        "waypoints": ["987303"],
        "end": [[131.075, 42.63889]],
    },
}


def ru_line(spec, coords, adjacent):
    seq = station_sequence(adjacent, spec["waypoints"])
    fixed = spec.get("fixed", {})
    extra = spec.get("extra", [])
    used = [(esr, coords[esr]) for esr in spec.get("start", [])]
    for esr in seq:
        if esr in fixed:
            used.append((esr, fixed[esr]))
        elif esr in coords:
            used.append((esr, coords[esr]))
    # Stations the neighbour table lacks (halts) but whose ESR code puts them on the line: inserted where they add
    # least length, i.e. between the two drawn stations they lie between.
    for esr in extra:
        if esr not in coords or any(e == esr for e, _ in used):
            continue
        p = coords[esr]
        best = min(range(1, len(used) + 1), key=lambda i: (meters(used[i - 1][1], p)
                   + (meters(p, used[i][1]) - meters(used[i - 1][1], used[i][1]) if i < len(used) else 0)))
        used.insert(best, (esr, p))
    out = []
    for esr, c in used:
        if esr not in fixed and any(meters(c, f) < FIXED_RADIUS for f in fixed.values()):
            continue
        if out and out[-1][1] == c:
            continue
        out.append((esr, c))
    return out


# --- Chinese stations --------------------------------------------------------------------------------------------

def read_cn(shapefile):
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "stations.geojson")
        subprocess.run(["ogr2ogr", "-f", "GeoJSON", target, shapefile, "-spat", "118", "38", "136", "46"],
                       check=True)
        with open(target, encoding="utf-8") as f:
            features = json.load(f)["features"]
    return [(f["properties"].get("name"), [round(c, 5) for c in f["geometry"]["coordinates"]])
            for f in features if f["properties"].get("station") == "train"]


def cn_station(stations, name):
    hits = [c for n, c in stations if n == name]
    if len(hits) != 1:
        raise SystemExit(f"OSM station {name}: {len(hits)} matches")
    return hits[0]


# --- notes -------------------------------------------------------------------------------------------------------

def chords(coords, labels):
    out = []
    for i in range(1, len(coords)):
        d = meters(coords[i - 1], coords[i])
        if d > 15000:
            out.append(f"{labels[i - 1]}–{labels[i]} {d / 1000:.1f} km")
    return out


def latin(name):
    """BGN/PCGN romanisation of a Russian station name, for notes and aliases."""
    table = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
             "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
             "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
             "ь": "", "э": "e", "ю": "yu", "я": "ya"}
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        if low in table:
            t = table[low]
            if low == "е" and (i == 0 or name[i - 1] in " -(" or name[i - 1].lower() in "аеёиоуыэюяъь"):
                t = "ye"
            if ch != low:
                t = t[:1].upper() + t[1:]
            out.append(t)
        else:
            out.append(ch)
    return "".join(out).replace("Ii", "II").replace("Iii", "III")


RU_LABEL_FIXES = {"987426": "Makhalino (Kraskino)"}


def ru_label(esr, names):
    if esr in RU_LABEL_FIXES:
        return RU_LABEL_FIXES[esr]
    return latin(names[esr].replace("ОП ", "").replace(" (рзд)", "").replace(" (пп)", ""))


def set_source(props, source):
    for i, s in enumerate(props["sources"]):
        if s.get("url") == source["url"]:
            props["sources"][i] = source
            return i
    props["sources"].append(source)
    return len(props["sources"]) - 1


RU_NOTES = {
    "rail-ussuriysk-vladivostok": "Baranovsky keeps the ru.wiki station coordinate shared with the Khasan line (its "
        "OSM node is {bar:.0f} m away). The settlement points used before (Ussuriysk and Vladivostok city centres, "
        "Razdolnoye and Volno-Nadezhdinskoye villages, Trudovoye for Ugolnaya) are no longer vertices; the sources "
        "that gave them stay in the list for the record.",
    "rail-baranovsky-khasan": "Baranovsky and Khasan keep their published station coordinates (ru.wiki; pl.wiki, "
        "the OSM node lies 25 m from it), and the line ends at the Friendship Bridge point copied from "
        "crossings.geojson. Sources disagree on Makhalino: the OSM node that osm.sbin.ru matches to ESR 987426 is "
        "named Makhalino, while the tariff guide gives 987426 as Kraskino and Makhalino as 987407 (without a "
        "coordinate); the node, by Kraskino, is drawn as Makhalino (Kraskino), the junction of the Hunchun branch. "
        "The 207 km halt has an ESR code of the Makhalino–Khasan section but no neighbour entry, so it is placed "
        "between the drawn stations it lies between. The Slavyanka (Blyukher) branch, the Kraskino town centre and "
        "the schematic Zarubino junction on the old chord are no longer vertices (Blyukher is the end of a 9 km "
        "branch from Bamburovo, not on the main line).",
    "rail-ugolnaya-mys-astafyeva": "The line leaves the Trans-Siberian at Ugolnaya (the vertex shared with "
        "rail-ussuriysk-vladivostok) and runs by Uglovaya and Artyom to Nakhodka and its port station Mys "
        "Astafyeva, whose ru.wiki coordinate is kept (the OSM node lies 25 m from it). The settlement centres used "
        "before (Artyom, Shkotovo, Smolyaninovo, Partizansk, Nakhodka) are replaced by their stations.",
    "rail-makhalino-hunchun": "The branch leaves the Khasan line at Makhalino (the OSM node matched to ESR 987426, "
        "shared with rail-baranovsky-khasan) and runs by Kamyshovaya, the Russian border station, to the border "
        "point copied from crossings.geojson.",
    "rail-posyet-branch": "The branch leaves the Khasan line at Gvozdevo (shared vertex) and ends at Posyet "
        "station, 1.2 km from the port-posyet point.",
    "rail-zarubino-branch": "Schematic: only the existence of the port branch is sourced, not where it leaves the "
        "main line. It is drawn from Sukhanovka, the main-line station nearest the port (OSM node), to the Zarubino "
        "port point of ports.geojson; no station of the branch has a sourced position.",
}


def main(data, ru_csv, ru_neighbours, cn_shp):
    path = os.path.join(data, "layers", "railways.geojson")
    with open(path, encoding="utf-8") as f:
        layer = json.load(f)
    by_id = {f["id"]: f for f in layer["features"]}
    coords, names, nodes, adjacent = read_ru(ru_csv, ru_neighbours)

    for line_id, spec in RU_LINES.items():
        stations = ru_line(spec, coords, adjacent)
        line = [c for _, c in stations] + spec.get("end", [])
        labels = [ru_label(e, names) for e, _ in stations] + ["end"] * len(spec.get("end", []))
        props = by_id[line_id]["properties"]
        by_id[line_id]["geometry"]["coordinates"] = line
        ru_index = set_source(props, RU_SOURCE)
        set_source(props, RU_ORDER)
        left = chords(line, labels)
        listed = ", ".join(f"{ru_label(e, names)} ({names[e]}, OSM node {nodes.get(e, '-')})"
                           for e, _ in stations if e in nodes)
        note = (f"Redrawn station by station: the order of stations is that of the neighbour table of the Russian "
                f"railways' tariff guide (rzd_sosedi.csv), each station at its OpenStreetMap node as matched to its "
                f"ESR code by osm.sbin.ru (source {ru_index}; {OSM_NOTE}). Vertices in order: {listed}. "
                + RU_NOTES[line_id].format(bar=meters(BARANOVSKY, coords["988402"]))
                + " Stations without a coordinate in the table (freight parks, block posts) are not drawn.")
        if left:
            note += " Straight segments over 15 km remain where no station between is in the table: " \
                    + "; ".join(left) + "."
        else:
            note += " No straight segment is longer than 15 km."
        props["confidenceNote"] = note
        props["confidence"] = "low" if left or line_id == "rail-zarubino-branch" else "medium"
        props.pop("alignmentGap", None)

    # Dandong-Donggang: the stations of the en.wiki route diagram that OSM has (Donggang North is not in the table).
    cn = read_cn(cn_shp)
    dd = by_id["rail-dandong-donggang"]
    start, port = dd["geometry"]["coordinates"][0], dd["geometry"]["coordinates"][-1]
    names_dd = ["同兴", "丹东西", "前阳南"]
    dd["geometry"]["coordinates"] = [start] + [cn_station(cn, n) for n in names_dd] + [port]
    props = dd["properties"]
    i = set_source(props, CN_SOURCE)
    labels = ["Dandong", "Tongxing", "Dandong West", "Qianyang South", "Donggang (port point)"]
    left = chords(dd["geometry"]["coordinates"], labels)
    props["confidenceNote"] = (
        "Vertices: Dandong station (zh.wiki, shared with the Shenyang–Dandong line); Tongxing (同兴), Dandong West "
        f"(丹东西) and Qianyang South (前阳南) stations at their OpenStreetMap nodes (source {i}; {OSM_NOTE}), the "
        "stations the en.wiki route diagram (source 3) names in that order; and the port-dandong point of "
        "ports.geojson (a Donggang city coordinate) standing for Donggang North station and the port spur, which "
        "OSM's station table does not hold. The line leaves Dandong north-west inland and turns south-west along "
        "the coast plain, as the diagram's kilometres say. Straight segments over 15 km: "
        + ("; ".join(left) if left else "none") + ".")
    props["confidence"] = "low"

    with open(path, "w", encoding="utf-8") as f:
        json.dump(layer, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
