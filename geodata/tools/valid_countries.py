#!/usr/bin/env python3
"""Make the basemap's country polygons valid where the clip to the region left them invalid.

Usage:
  python3 geodata/tools/valid_countries.py geodata/basemap/countries.geojson   (needs ogr2ogr and ogrinfo, gdal-bin)

The Natural Earth polygons clipped to the region (world-atlas 2.0.2, unchanged otherwise) have a self-intersection in
China's mainland and a self-touching ring in South Korea's. The validator's border checks need valid polygons: it
used to repair them with JTS on every start, the largest single cost of validation. This repairs them once, with
GDAL's -makevalid (GEOS MakeValid: the same area, an invalid polygon split into valid parts), and only the features
GDAL finds invalid; every other byte of the file is kept. A file with no invalid feature is left unchanged, so a
second run writes nothing.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def invalid_ids(path, layer):
    """iso_a3 of every feature GDAL (GEOS) finds invalid."""
    out = subprocess.run(["ogrinfo", "-q", "-dialect", "sqlite", "-sql",
                          f'SELECT iso_a3 FROM "{layer}" WHERE NOT ST_IsValid(geometry)', str(path)],
                         check=True, capture_output=True, text=True).stdout
    return {line.split("=", 1)[1].strip() for line in out.splitlines() if "iso_a3 (String) =" in line}


def write(path, collection):
    """The file's own layout: compact JSON, one feature a line."""
    head = {k: v for k, v in collection.items() if k != "features"}
    text = json.dumps(head, separators=(",", ":"), ensure_ascii=False)[:-1] + ',"features":['
    text += ",\n".join(json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in collection["features"])
    path.write_text(text + "]}\n", encoding="utf-8")


def main(path):
    path = Path(path)
    collection = json.loads(path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        check = Path(tmp) / "check.geojson"
        write(check, collection)
        if check.read_bytes() != path.read_bytes():
            sys.exit(f"{path}: not in the layout this tool writes; refusing to rewrite it")
        bad = invalid_ids(path, collection["name"])
        if not bad:
            print(f"{path}: every polygon is valid")
            return
        fixed_path = Path(tmp) / "valid.geojson"
        subprocess.run(["ogr2ogr", "-f", "GeoJSON", "-makevalid", "-lco", "COORDINATE_PRECISION=6",
                        str(fixed_path), str(path)], check=True)
        fixed = {f["properties"]["iso_a3"]: f["geometry"]
                 for f in json.loads(fixed_path.read_text(encoding="utf-8"))["features"]}
    for feature in collection["features"]:
        iso = feature["properties"]["iso_a3"]
        if iso in bad:
            feature["geometry"] = fixed[iso]
            feature["properties"]["polygons"] = len(fixed[iso]["coordinates"])
            feature["properties"]["made_valid"] = "GDAL ogr2ogr -makevalid (geodata/tools/valid_countries.py)"
    write(path, collection)
    still = invalid_ids(path, collection["name"])
    if still:
        sys.exit(f"{path}: still invalid after -makevalid: {sorted(still)}")
    print(f"{path}: made valid: {', '.join(sorted(bad))}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "geodata/basemap/countries.geojson")
