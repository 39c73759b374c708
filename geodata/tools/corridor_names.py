#!/usr/bin/env python3
"""Write each corridor's name in Korean, Chinese and Russian from the names of the places it is named after.

Usage:
  python3 geodata/tools/corridor_names.py geodata      (rewrites the "names" of geodata/corridors.json)

A corridor's English name strings together the places it runs through ("Dandong – Sinuiju – Pyongyang – Nampo").
NAMES writes it as a template: {Place} is a place of basemap/places.geojson or a province of basemap/admin1.geojson,
by its English name; the rest is the project's own wording, as in the message files. The English template must give
the corridor's `name` exactly, so that the two cannot drift apart. Each place takes its sourced name in the
language (see tools/places.py); a place without one keeps its English name, as the map labels do.
"""
import json
import os
import re
import sys

from geojson_format import load

LANGS = ("ko", "zh", "ru")
# corridor id -> {language: template}; "en" is required, a language left out uses the English template's places.
NAMES = {
    "dandong-sinuiju-pyongyang-nampo": {"en": "{Dandong} – {Sinuiju} – {Pyongyang} – {Nampo}"},
    "tumen-namyang-rason-vladivostok": {"en": "{Tumen} – {Namyang} – {Tumangang} – {Khasan} – {Vladivostok}"},
    "rajin-khasan-vladivostok": {"en": "{Rason} ({Rajin}) – {Tumangang} – {Khasan} – {Vladivostok}"},
    "hunchun-quanhe-wonjong-rajin": {"en": "{Hunchun} – {Quanhe} – {Wonjong} – {Rajin}"},
    "jian-manpo": {"en": "{Ji'an} – {Manpo} – {Pyongyang} – {Nampo}"},
    "changbai-hyesan-kilju": {
        "en": "{Changbai} – {Hyesan} – {Kilju} – east coast",
        "ko": "{Changbai} – {Hyesan} – {Kilju} – 동해안",
        "zh": "{Changbai} – {Hyesan} – {Kilju} – 东海岸",
        "ru": "{Changbai} – {Hyesan} – {Kilju} – восточное побережье"},
    "south-hamgyong-mines-east-coast-ports": {
        "en": "{South Hamgyong} mines – {Tanchon} / {Kimchaek} ports",
        "ko": "{South Hamgyong} 광산 – {Tanchon} / {Kimchaek} 항",
        "zh": "{South Hamgyong}矿山 – {Tanchon} / {Kimchaek}港",
        "ru": "рудники {South Hamgyong} – порты {Tanchon} / {Kimchaek}"},
    "mines-rason-vladivostok": {
        "en": "{South Hamgyong} mines – {Rason} – {Khasan} – {Vladivostok}",
        "ko": "{South Hamgyong} 광산 – {Rason} – {Khasan} – {Vladivostok}",
        "zh": "{South Hamgyong}矿山 – {Rason} – {Khasan} – {Vladivostok}",
        "ru": "рудники {South Hamgyong} – {Rason} – {Khasan} – {Vladivostok}"},
    "musan-iron-ore-chongjin-and-china": {
        "en": "{Musan} iron ore – {Chongjin} / {Nanping}",
        "ko": "{Musan} 철광석 – {Chongjin} / {Nanping}",
        "zh": "{Musan}铁矿石 – {Chongjin} / {Nanping}",
        # No declension of a name that may stay in Latin letters: the ore in brackets.
        "ru": "{Musan} (железная руда) – {Chongjin} / {Nanping}"},
    "sanhe-hoeryong-chongjin": {"en": "{Sanhe} – {Hoeryong} – {Chongjin}"},
    "china-ports-nampo-sea": {
        "en": "{Dalian} / {Longkou} / {Dandong} – {Nampo} by sea",
        "ko": "{Dalian} / {Longkou} / {Dandong} – {Nampo} 해상 운송",
        "zh": "{Dalian} / {Longkou} / {Dandong} – {Nampo}海运",
        "ru": "{Dalian} / {Longkou} / {Dandong} – {Nampo} морем"},
    "dandong-sinuiju-oil-pipeline": {
        "en": "{Dandong} – {Sinuiju} crude oil pipeline",
        "ko": "{Dandong} – {Sinuiju} 원유 송유관",
        "zh": "{Dandong} – {Sinuiju}原油管道",
        "ru": "нефтепровод {Dandong} – {Sinuiju}"},
}
PLACE = re.compile(r"\{([^}]+)\}")


def place_names(geodata):
    """English name -> {language: name} of every place and province of the basemap."""
    out = {}
    for layer in ("places", "admin1"):
        for f in load(os.path.join(geodata, "basemap", layer + ".geojson"))["features"]:
            out.setdefault(f["properties"]["name"], f["properties"].get("names", {}))
    return out


def filled(template, lang, places):
    def one(match):
        names = places.get(match.group(1))
        if names is None:
            sys.exit("no place or province %r in the basemap" % match.group(1))
        return names.get(lang) or match.group(1)
    return PLACE.sub(one, template)


def main(geodata):
    path = os.path.join(geodata, "corridors.json")
    doc = load(path)
    places = place_names(geodata)
    ids = {c["id"] for c in doc["corridors"]}
    if ids != set(NAMES):
        sys.exit("NAMES and corridors.json differ: %s" % sorted(ids ^ set(NAMES)))
    for c in doc["corridors"]:
        templates = NAMES[c["id"]]
        english = filled(templates["en"], "en", places)
        if english != c["name"]:
            sys.exit("%s: the template gives %r, the name is %r" % (c["id"], english, c["name"]))
        names = {lang: filled(templates.get(lang, templates["en"]), lang, places) for lang in LANGS}
        names = {lang: name for lang, name in names.items() if name != english}
        rebuilt = {}
        for key, value in c.items():  # names right after name, the rest in its order
            if key != "names":
                rebuilt[key] = value
            if key == "name" and names:
                rebuilt["names"] = names
        c.clear()
        c.update(rebuilt)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for c in doc["corridors"]:
        print("%-40s %s" % (c["id"], " | ".join(c.get("names", {}).values())))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
