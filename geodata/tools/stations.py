#!/usr/bin/env python3
"""Build geodata/layers/stations.geojson: the railway stations the atlas's lines pass through.

Usage:
  python3 geodata/tools/stations.py geodata RU_stations_new.csv Railway-station_oData.shp

Inputs (fetch them, do not commit them; see osm_lines.py for where):
  RU_stations_new.csv        MichaelODeli/railway_materials: Russian stations by ESR code at their OSM nodes.
  Railway-station_oData.shp  OpenQGIS/OMap-GeoDB: OSM railway stations of China (unzipped; read with ogr2ogr).
and the railways of geodata/layers/railways.geojson (run osm_lines.py first).

Every station is a point exactly on a railway vertex that stands for it, never a new position:
  - Russia: every railway vertex that is an OSM station node of the ESR table (Russian name from the table);
  - China: every railway vertex within 150 m of a named OSM train station (Chinese name from OSM);
  - DPRK: the vertices listed in DPRK below, which the railways' confidence notes name as stations (Korean names
    as the cited station pages and the 1930/1942 gazetteer give them).
Roles are measured, not typed: a junction where railways share the vertex, a break of gauge where lines of
different gauges meet there, border within 5 km of a rail crossing, port within 3 km of a port, mine within 3 km
of a mine. Each station takes the status timeline of its first line (a station is in service while its line is).
"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import meters  # noqa: E402
from osm_lines import CN_SOURCE, OSM_NOTE, RU_SOURCE, latin, read_cn  # noqa: E402
from traced_lines import OSM_BETWEEN, added_vertices  # noqa: E402

ROLE_METERS = {"border": 5000, "port": 3000, "mine": 3000}
CN_MATCH_METERS = 150

# (railway id, vertex index, English name, Korean name, other romanisations, title of the railway source to cite)
# The indexes follow the vertex order each railway's confidenceNote gives; the script checks the name's source.
GAZ = "Korean railway stations of 1930 and 1942"
DPRK = [
    ("rail-pyongui-line", 1, "Sinŭiju Ch'ŏngnyŏn", "신의주청년", ["Sinuiju Chongnyon", "Sinuiju"], "Sinuiju Chongnyon station"),
    ("rail-pyongui-line", 2, "Ryongch'ŏn", "룡천", ["Ryongchon", "Yongchon"], "Ryongchon station"),
    ("rail-pyongui-line", 3, "Yŏmju", "염주", ["Yomju"], "Yomju station"),
    ("rail-pyongui-line", 5, "Ch'ŏnggang", "청강", ["Chonggang"], "Chonggang station"),
    ("rail-pyongui-line", 6, "Sŏnch'ŏn", "선천", ["Sonchon"], "Sonchon station"),
    ("rail-pyongui-line", 10, "Chŏngju Ch'ŏngnyŏn", "정주청년", ["Chongju Chongnyon", "Chongju"], "Chongju Chongnyon station"),
    ("rail-pyongui-line", 14, "Maengjung-ri", "맹중리", ["Maengjungri"], "Maengjung-ri station"),
    ("rail-pyongui-line", 15, "Ch'ŏngch'ŏngang", "청천강", ["Chongchongang"], "Chongchongang station"),
    ("rail-pyongui-line", 16, "Sinanju Ch'ŏngnyŏn", "신안주청년", ["Sinanju Chongnyon", "Sinanju"], "Sinanju Chongnyon station"),
    ("rail-pyongui-line", 18, "Mundŏk", "문덕", ["Mundok"], "Mundok station"),
    ("rail-pyongui-line", 26, "Sŏp'yŏngyang", "서평양", ["Sopyongyang", "West Pyongyang"], "Bahnhof Sop'yŏngyang"),
    ("rail-pyongui-line", 27, "P'yŏngyang", "평양", ["Pyongyang"], "Pyongyang station"),
    ("rail-pyongnam-line", 1, "Ch'ilgol", "칠골", ["Chilgol"], "Chilgol station"),
    ("rail-pyongnam-line", 3, "Kangsŏn", "강선", ["Kangson"], "Kangson station"),
    ("rail-pyongnam-line", 4, "Kangsŏ", "강서", ["Kangso"], "Kangso station"),
    ("rail-pyongnam-line", 10, "Tonggwangryang", "동광량", ["East Kwangryang", "Tonggwangryang"],
     "Tonggwangryang station (East Kwangryang)"),
    ("rail-pyongnam-line", 11, "Sŏgwangryang", "서광량", ["Sogwangryang", "West Kwangryang"], "Sogwangryang station"),
    ("rail-pyongra-line", 2, "Sŏp'o", "서포", ["Sopo"], GAZ),
    ("rail-pyongra-line", 7, "Sunch'ŏn", "순천", ["Sunchon"], "Sunchon station"),
    ("rail-pyongra-line", 13, "Sinsŏngch'ŏn", "신성천", ["Sinsongchon"], GAZ),
    ("rail-pyongra-line", 19, "Yangdŏk", "양덕", ["Yangdok"], "양덕역 (Yangdok station)"),
    ("rail-pyongra-line", 20, "Kowŏn", "고원", ["Kowon"], "Kowon station"),
    ("rail-pyongra-line", 21, "Kŭmya", "금야", ["Kumya", "Yonghung"], "Kumya station"),
    ("rail-pyongra-line", 29, "Hamhŭng", "함흥", ["Hamhung"], GAZ),
    ("rail-pyongra-line", 31, "Hŭngnam", "흥남", ["Hungnam"], GAZ),
    ("rail-pyongra-line", 42, "Sinp'o", "신포", ["Sinpo"], GAZ),
    ("rail-pyongra-line", 60, "Tanch'ŏn", "단천", ["Tanchon"], GAZ),
    ("rail-pyongra-line", 62, "Yŏhaejin", "여해진", ["Yohaejin"], GAZ),
    ("rail-pyongra-line", 63, "Ch'ŏn'gok", "천곡", ["Chongok"], "Chongok station"),
    ("rail-pyongra-line", 68, "Kimch'aek", "김책", ["Kimchaek", "Songjin"], GAZ),
    ("rail-pyongra-line", 75, "Kilju Ch'ŏngnyŏn", "길주청년", ["Kilju Chongnyon", "Kilju"], "Kilju Chongnyon station"),
    ("rail-pyongra-line", 93, "Ch'ŏngjin Ch'ŏngnyŏn", "청진청년", ["Chongjin Chongnyon", "Chongjin"],
     "Chongjin Chongnyon station"),
    ("rail-pyongra-line", 94, "Rajin", "라진", ["Rajin", "Najin"], "Rajin station"),
    ("rail-hambuk-line-chongjin-namyang", 6, "Sŏsang", "서상", ["Sosang"], "Sosang station"),
    ("rail-hambuk-line-chongjin-namyang", 11, "Hoeryŏng Ch'ŏngnyŏn", "회령청년", ["Hoeryong Chongnyon", "Hoeryong"],
     "Hoeryong Chongnyon station"),
    ("rail-hambuk-line-chongjin-namyang", 23, "Namyang", "남양", ["Namyang"], "南陽労働者区 (Namyang workers' district)"),
    ("rail-hambuk-line-namyang-hongui", 4, "Onsŏng", "온성", ["Onsong"], "온성역 (Onsŏng station)"),
    ("rail-hambuk-line-namyang-hongui", 16, "Hongŭi", "홍의", ["Hongui"], "Hongui station"),
    ("rail-hambuk-line-hongui-rajin", 3, "Sŏnbong", "선봉", ["Sonbong", "Unggi"], "Sonbong station"),
    ("rail-hongui-line", 1, "Tumangang", "두만강", ["Tumangang", "Tumen River station"], "Tumangang station"),
    ("rail-musan-line", 6, "Sŏp'ungsan", "서풍산", ["Sopungsan"], "Sopungsan station"),
    ("rail-musan-line", 7, "Ch'ŏlsong Ch'ŏngnyŏn", "철송청년", ["Cholsong Chongnyon", "Chinhwa"],
     "Cholsong Chongnyon station"),
    ("rail-musan-line", 8, "Musan Ch'ŏlsan", "무산철산", ["Musan Cholsan"], "Musan Cholsan station"),
    ("rail-musan-line", 9, "Musan", "무산", ["Musan"], "Musan station"),
    ("rail-manpo-line", 34, "Manp'o Ch'ŏngnyŏn", "만포청년", ["Manpo Chongnyon", "Manpo"], "Manpo Chongnyon station"),
    ("rail-paektusan-chongnyon-line", 2, "P'unggye", "풍계", ["Punggye"], "Punggye station"),
    ("rail-paektusan-chongnyon-line", 6, "Paegam", "백암", ["Paegam"], GAZ),
    ("rail-paektusan-chongnyon-line", 10, "Unhŭng", "운흥", ["Unhung", "Pongdu-ri"], "Unhung station"),
    ("rail-paektusan-chongnyon-line", 11, "Simp'o-ri", "심포리", ["Simpori"], "Simpori station"),
    ("rail-paektusan-chongnyon-line", 12, "Taeoch'ŏn", "대오천", ["Taeochon"], "Taeochon station"),
    ("rail-paektusan-chongnyon-line", 14, "Wiyŏn Ch'ŏngnyŏn", "위연청년", ["Wiyon Chongnyon"], "Wiyon Chongnyon station"),
    ("rail-paektusan-chongnyon-line", 15, "Hyesan Ch'ŏngnyŏn", "혜산청년", ["Hyesan Chongnyon", "Hyesan"],
     "Hyesan Chongnyon station"),
    ("rail-kumgol-line", 1, "Paekkŭmsan", "백금산", ["Paekkumsan", "Ryongyang"], "Paekkumsan station"),
    ("rail-kumgol-line", 2, "Muhak", "무학", ["Muhak"], "[구글어스 탐험] 400명이 사라진 비극의 철길, 북한판 산악철도 '금골선' 완전 분석 ("),
    ("rail-kangwon-line-kowon-wonsan", 3, "Okp'yŏng", "옥평", ["Ongpyong", "Okpyong"], "Ongpyong station"),
    ("rail-kangwon-line-kowon-wonsan", 4, "Munch'ŏn", "문천", ["Munchon"], "Munchon station"),
    ("rail-kangwon-line-kowon-wonsan", 5, "Tŏgwŏn", "덕원", ["Togwon"], "Togwon station"),
    ("rail-pyongbu-line-pyongyang-sariwon", 1, "Taedonggang", "대동강", ["Taedonggang"], "Taedonggang station"),
    ("rail-pyongbu-line-pyongyang-sariwon", 3, "Chunghwa", "중화", ["Chunghwa"], "Chunghwa station"),
    ("rail-pyongbu-line-pyongyang-sariwon", 5, "Hwangju", "황주", ["Hwangju"], "Hwangju station"),
    ("rail-pyongbu-line-pyongyang-sariwon", 6, "Ch'imch'on Ch'ŏngnyŏn", "침촌청년", ["Chimchon Chongnyon"],
     "Chimchon Chongnyon station"),
    ("rail-pyongbu-line-pyongyang-sariwon", 7, "Chŏngbang", "정방", ["Chongbang"], "Chongbang station"),
    ("rail-pyongbu-line-pyongyang-sariwon", 8, "Sariwŏn Ch'ŏngnyŏn", "사리원청년", ["Sariwon Chongnyon", "Sariwon"],
     "Sariwon Chongnyon station"),
]

# Chinese vertices that the railways' confidence notes name, in vertex order from a first index: the stations of
# the 1942 Manchurian station table matched to OSM nodes (K. M. Lawson), and zh.wiki station coordinates.
MANCHURIA = "manchuria-1942-stations-reference-info.geojson"
CN_NOTED = [
    ("rail-shenyang-dandong", 0, ["Shenyang"], "Shenyang railway station"),
    ("rail-shenyang-dandong", 1, ["Hunhe", "Sujiatun", "Chenxiangtun", "Yaoqianhutun", "Waitoushan", "Shiqiaozi",
                                  "Huolianzhai", "Benxihu", "Benxi", "Qiaotou", "Nanfen", "Xiamatang", "Lianshanguan",
                                  "Caohekou", "Tongyuanbao", "Linjiatai", "Liujiahe", "Jiguanshan", "Fenghuangcheng",
                                  "Yimianshan", "Tangshancheng", "Wulongbei"], MANCHURIA),
    ("rail-tonghua-jian", 0, ["Tonghua", "Dongtonghua", "Shuidong", "Yayuan", "Tiechang", "Guosong", "Shihu",
                              "Huangbai", "Yangcha", "Ji'an"], MANCHURIA),
    ("rail-changtu-jilin-tumen", -1, ["Tumen"], "图们站 (Tumen railway station)"),
]

# DPRK vertices that are town points standing for the station (the railways' notes say so), and stations whose
# position a blog read off satellite imagery: lower confidence than a station page's own coordinate.
TOWN_POINTS = {
    "Namyang": "the Namyang workers' district coordinate of ja.wiki (42°57′06″N 129°51′33″E).",
    "Onsŏng": "the Onsŏng town coordinate of fr.wiki (42°57′20″N 129°59′30″E), where the station stands.",
}
READ_OFF_IMAGERY = {
    "Muhak": "the GeoTV blog's Google Earth reading of the Kŭmgol Line terminus (41°09′22.2″N 128°52′48.0″E).",
}

# OSM station names (zh) with the romanisation shown as the feature name.
CN_NAMES = {
    "沈阳": "Shenyang", "浑河": "Hunhe", "苏家屯": "Sujiatun", "陈相屯": "Chenxiangtun", "姚千户屯": "Yaoqianhutun",
    "歪头山": "Waitoushan", "石桥子": "Shiqiaozi", "火连寨": "Huolianzhai", "本溪湖": "Benxihu", "本溪": "Benxi",
    "桥头": "Qiaotou", "南芬": "Nanfen", "下马塘": "Xiamatang", "连山关": "Lianshanguan", "草河口": "Caohekou",
    "通远堡": "Tongyuanbao", "林家台": "Linjiatai", "刘家河": "Liujiahe", "鸡冠山": "Jiguanshan",
    "凤凰城": "Fenghuangcheng", "一面山": "Yimianshan", "汤山城": "Tangshancheng", "五龙背": "Wulongbei",
    "丹东": "Dandong", "同兴": "Tongxing", "丹东西": "Dandong West", "前阳南": "Qianyang South", "通化": "Tonghua",
    "东通化": "Dongtonghua", "水洞": "Shuidong", "鸭园": "Yayuan", "铁厂": "Tiechang", "果松": "Guosong",
    "石湖": "Shihu", "黄柏": "Huangbai", "羊岔": "Yangcha", "集安": "Ji'an", "吉林": "Jilin", "龙潭山": "Longtanshan",
    "江密峰": "Jiangmifeng", "天岗": "Tiangang", "老爷岭": "Laoyeling", "小姑家": "Xiaogujia", "拉法": "Lafa",
    "蛟河": "Jiaohe", "威虎岭": "Weihuling", "黄泥河": "Huangnihe", "敦化": "Dunhua", "大石头": "Dashitou",
    "安图": "Antu", "延吉": "Yanji", "图们": "Tumen", "朝阳川": "Chaoyangchuan", "铜佛寺": "Tongfosi",
    "明月沟": "Mingyuegou", "哈尔巴岭": "Harbaling", "蜂蜜沟": "Fengmigou", "太平岭": "Taipingling",
    "秋梨沟": "Qiuligou", "二道河": "Erdaohe", "黄松甸": "Huangsongdian", "新站": "Xinzhan", "亮兵台": "Liangbingtai",
    "大桥": "Daqiao", "南沟": "Nangou", "石门": "Shimen", "长安": "Chang'an", "磨盘山": "Mopanshan",
    "榆树川": "Yushuchuan", "茶条沟": "Chatiaogou", "苇子沟": "Weizigou", "六道河": "Liudaohe", "庙岭": "Miaoling",
    "珲春": "Hunchun", "凉水": "Liangshui", "密江": "Mijiang", "河洼": "Hewa", "吴家屯": "Wujiatun",
}


def roles_at(c, lines_here, gauges, crossings, ports, mines):
    roles = []
    if len(lines_here) > 1:
        roles.append("junction")
    if len(gauges) > 1 and len(lines_here) > 1:
        roles.append("gauge-break")
    if any(meters(c, x) <= ROLE_METERS["border"] for x in crossings):
        roles.append("border")
    if any(meters(c, x) <= ROLE_METERS["port"] for x in ports):
        roles.append("port")
    if any(meters(c, x) <= ROLE_METERS["mine"] for x in mines):
        roles.append("mine")
    return roles


def gauges_of(lines):
    out = set()
    for line in lines:
        g = line["properties"]["gauge"]
        out |= {1435, 1520} if g == "dual" else {g}
    return sorted(out)


def slug(text):
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower()
                  .replace("ŏ", "o").replace("ŭ", "u").replace("'", "").replace("’", ""))
    return "-".join(p for p in out.split("-") if p)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["features"]


def main(data, ru_csv, cn_shp):
    layers = os.path.join(data, "layers")
    railways = load(os.path.join(layers, "railways.geojson"))
    crossings = [f["geometry"]["coordinates"] for f in load(os.path.join(layers, "crossings.geojson"))
                 if "rail" in f["properties"].get("modes", [])]
    ports = [f["geometry"]["coordinates"] for f in load(os.path.join(layers, "ports.geojson"))]
    mines = [f["geometry"]["coordinates"] for f in load(os.path.join(layers, "mines.geojson"))
             if f["geometry"]["type"] == "Point"]
    at_vertex = {}
    for line in railways:
        for c in line["geometry"]["coordinates"]:
            at_vertex.setdefault(tuple(c), [])
            if line not in at_vertex[tuple(c)]:
                at_vertex[tuple(c)].append(line)

    ru = {}
    with open(ru_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["lat"] and row["lon"]:
                ru[(round(float(row["lon"]), 5), round(float(row["lat"]), 5))] = row
    cn = [(n, c) for n, c in read_cn(cn_shp) if n]

    stations = {}

    def add(c, name, script, native, aliases, source, note, confidence):
        key = tuple(c)
        if key in stations:
            return
        lines = at_vertex[key]
        gauges = gauges_of(lines)
        timeline = lines[0]["properties"]["status"]
        line_sources = lines[0]["properties"]["sources"]
        sources = [source]
        status = []
        for period in timeline:
            refs = []
            for ref in period["sources"]:
                s = line_sources[ref]
                if s not in sources:
                    sources.append(s)
                refs.append(sources.index(s))
            copy = {k: v for k, v in period.items() if k != "sources"}
            copy["sources"] = refs
            status.append(copy)
        roles = roles_at(c, lines, gauges, crossings, ports, mines)
        country = lines[0]["properties"]["country"]
        stations[key] = {
            "type": "Feature",
            "id": "station-" + slug(name) + "-" + country.lower(),
            "geometry": {"type": "Point", "coordinates": list(c)},
            "properties": {
                "name": name,
                "names": {script: native},
                "aliases": aliases,
                "country": country,
                "lines": [line["id"] for line in lines],
                "gauges": gauges,
                "roles": roles,
                "status": status,
                "sources": sources,
                "confidence": confidence,
                "confidenceNote": note,
                "description": f"Railway station on the {' and the '.join(l['properties']['name'] for l in lines)}"
                               + (f" ({', '.join(roles)})" if roles else "") + ".",
            },
        }

    for line in railways:
        country = line["properties"]["country"]
        for c in line["geometry"]["coordinates"]:
            c = tuple(c)
            if country == "RUS" and c in ru:
                row = ru[c]
                name = latin(row["name"].replace(" (рзд)", ""))
                add(c, name, "ru", row["name"], [], RU_SOURCE,
                    f"At the OpenStreetMap node {row['osm_id'].split('.')[0]} that osm.sbin.ru matches to ESR code "
                    f"{row['esr']} ({OSM_NOTE}); the railway vertex is that node.", "high")
            elif country == "CHN":
                near = sorted(cn, key=lambda s: meters(c, s[1]))[:1]
                if near and meters(c, near[0][1]) <= CN_MATCH_METERS and near[0][0] in CN_NAMES:
                    n, p = near[0]
                    d = meters(c, p)
                    add(c, CN_NAMES[n], "zh", n, [CN_NAMES[n] + " railway station"], CN_SOURCE,
                        f"The railway vertex {'is' if d < 1 else f'lies {d:.0f} m from'} the OpenStreetMap station "
                        f"node named {n} ({OSM_NOTE}); the vertex came from the line's own station source.",
                        "high" if d <= 50 else "medium")
    # The fixed Russian vertices (published station coordinates kept on the lines) near their OSM nodes.
    for c, (name, ru_name, title) in {
            (131.92722, 43.64556): ("Baranovsky", "Барановский", "Барановский (станция)"),
            (130.64492, 42.43006): ("Khasan", "Хасан", "Chasan (stacja kolejowa)"),
            (132.89583, 42.7975): ("Mys Astafyeva", "Мыс Астафьева", "Мыс Астафьева (станция)")}.items():
        src = next(s for line in at_vertex[c] for s in line["properties"]["sources"] if s["title"] == title)
        add(c, name, "ru", ru_name, [], src, "The railway vertex is the station coordinate of the cited "
            "encyclopaedia article, which the line keeps; the OSM station node lies within 300 m of it.", "high")
    by_id = {f["id"]: f for f in railways}
    zh = {v: k for k, v in CN_NAMES.items()}
    # The vertices traced_lines.py added (traced line shapes, OSM stations between) are not counted in that order.
    inserted = added_vertices() | {tuple(c) for _, _, _, names in OSM_BETWEEN
                                   for n, c in cn if n in names}
    for line_id, first, names, title in CN_NOTED:
        line = by_id[line_id]
        src = next(s for s in line["properties"]["sources"] if s["title"].startswith(title))
        noted = [c for c in line["geometry"]["coordinates"] if tuple(c) not in inserted]
        for k, name in enumerate(names):
            c = tuple(noted[first + k if first >= 0 else len(noted) + first])
            add(c, name, "zh", zh[name], [name + " railway station"], src,
                "Placed at the railway vertex that the line's confidence note names as this station: " + (
                    "its OpenStreetMap node as matched in the 1942 Manchurian station table published by "
                    "K. M. Lawson (" + OSM_NOTE + ")." if title == MANCHURIA else
                    "the coordinate of the cited station page."), "high")
    for line_id, i, name, ko, aliases, title in DPRK:
        line = by_id[line_id]
        c = tuple(line["geometry"]["coordinates"][i])
        src = next((s for s in line["properties"]["sources"] if s["title"].startswith(title)), None)
        if src is None:
            sys.exit(f"{line_id} {name}: no source titled {title!r}")
        if name in TOWN_POINTS:
            note, confidence = ("Placed at the railway vertex that stands for this station: " + TOWN_POINTS[name]
                                + " The station's own position is not sourced.", "low")
        elif title == GAZ:
            note, confidence = ("Placed at the railway vertex that the line's confidence note names as this station: "
                                "its position in the 1930/1942 Korean station gazetteer (NIKH historical GIS, "
                                "published by K. M. Lawson), a colonial-era position of a station the line still "
                                "serves.", "medium")
        elif name in READ_OFF_IMAGERY:
            note, confidence = ("Placed at the railway vertex that the line's confidence note names as this station: "
                                + READ_OFF_IMAGERY[name], "medium")
        else:
            note, confidence = ("Placed at the railway vertex that the line's confidence note names as this station, "
                                "the coordinate of the cited station page.", "high")
        add(c, name, "ko", ko, aliases, src, note, confidence)

    features = sorted(stations.values(), key=lambda f: f["id"])
    seen = set()
    for f in features:
        if f["id"] in seen:
            f["id"] += "-2"
        seen.add(f["id"])
    with open(os.path.join(layers, "stations.geojson"), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(features), "stations")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
