#!/usr/bin/env python3
"""Cross-check the ports layer against the NGA World Port Index (Pub. 150) and copy its figures into the ports.

Usage: python3 geodata/tools/wpi.py PATH/TO/UpdatedPub150.csv [--write]

Without --write it prints, for every atlas port found in the index, the index's entry and the distance between the
two positions, flagging those over 2 km. With --write it sets on each such port, from its index entry:
  wpiNumber, wpiName, wpiHarbourSize, wpiHarbourType, wpiChannelDepthM, wpiAnchorageDepthM, wpiCargoPierDepthM,
  wpiRail ("yes" / "no" / "unknown": the index's "Communications - Rail" column; the "Railway" column is the size of
  a marine railway, a slipway, not a rail connection), wpiPosition [lon, lat] and wpiDistanceKm (to the atlas point),
and adds the index as a source ("World Port Index (Pub. 150), entry N"). Depths of 0 mean "not given" in the index
and are left out. Positions are never moved: where they disagree, the confidence note says which one is right.

Where to get the input: NGA Maritime Safety Information, https://msi.nga.mil/Publications/WPI ("UpdatedPub150.csv",
public domain, a work of the U.S. Government). The copy used for the bundled data (3,802 entries) is the one committed
to github.com/JamesRexMiller4/shapely_tut at d48d993599d0b9ec79f0d7a416d4371a8d02759f (24 March 2025).

Which index entry is which atlas port is decided here, by name and place, not by nearest point (MATCHES).
"""
import csv
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geojson_format  # noqa: E402

LAYER = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'layers', 'ports.geojson')
EDITION_DATE = '2025-03'
URL = 'https://msi.nga.mil/Publications/WPI'
PUBLISHER = 'U.S. National Geospatial-Intelligence Agency (NGA), Maritime Safety Information'

# atlas port id -> World Port Index number. Ch'aho (60470) is in the index but not in the atlas; Tanch'on and
# Ryongch'on are in the atlas but not in the index.
MATCHES = {
    'port-nampo': 60280, 'port-haeju': 60310, 'port-chongjin': 60500, 'port-hungnam': 60450,
    'port-kimchaek': 60480, 'port-rajin': 60510, 'port-songrim': 60290, 'port-wonsan': 60440,
    'port-sonbong': 60520, 'port-dandong': 60233, 'port-dalian': 60250, 'port-longkou': 60170,
    'port-vladivostok': 60610, 'port-zarubino': 60582, 'port-posyet': 60540, 'port-nakhodka': 60730,
    'port-vostochny': 60725,
}
DISAGREE_KM = 2.0

# Where the index and the atlas disagree by more than 2 km: which one is right, found by comparing both with the
# Natural Earth coast and the sources of the atlas point (index positions are rounded to the minute, about 1.5 km).
VERDICTS = {
    'port-hungnam': "The index's point (39°50′N 127°37′E) lies 0.6 km from the coast on the Hŭngnam waterfront, the "
                    "atlas's (the port notice's entry reference, also rounded to the minute) 2.1 km inland: the "
                    "index is the nearer to the harbour. The atlas keeps its sourced point, which is also the "
                    "railway vertex the network joins the port at.",
    'port-wonsan': "The index's point (39°10′N 127°27′E) lies 0.4 km from the coast on the harbour, the atlas's city "
                   "point 2.1 km inland: the index is the nearer to the quays.",
    'port-songrim': "The index places Kyŏmip'o (Songrim) at 38°44′N 125°37′E, 3.4 km south-west of the town point; both "
                    "lie by the Taedong and neither source locates the quays, so which is nearer cannot be told.",
    'port-haeju': "The index's point (38°00′N 125°42′E) lies on Haeju Bay 1 km off the Natural Earth coast, south of the "
                  "city, where the port is; the atlas's city point is 4.7 km inland: the index is right for the port.",
    'port-dandong': "The index's \"Dandong\" (39°49′N 124°09′E) is 17.8 km east, in the Yalu estuary off Langtou, the old "
                    "river port; the atlas point is the Dadong sea-port area at Donggang, where most of Dandong port's "
                    "traffic is handled. Both are harbours of Dandong; the atlas keeps Dadong.",
    'port-longkou': "The index's point (37°38′N 120°17′E) lies 3.4 km out in the approaches west of the town and the "
                    "atlas's town point 1 km inland; the port basin lies between them on the Laizhou Bay shore, so "
                    "both are approximations at about the same distance from it.",
    'port-vostochny': "The index's point (42°45′N 133°05′E) lies 2.3 km north of the Wrangel settlement point, 0.5 km "
                      "from the Wrangel Bay shore within the port's waterfront: both are in the port area, the index "
                      "nearer its centre.",
}
NOTE_PREFIX = 'World Port Index: '


def km_between(a, b):
    """Great-circle distance (mean Earth radius): ample for a 2 km threshold on positions given to the minute."""
    (lon1, lat1), (lon2, lat2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def depth(value):
    metres = float(value or 0)
    return round(metres, 1) if metres > 0 else None


def read_index(path):
    with open(path, encoding='utf-8') as f:
        return {int(float(row['World Port Index Number'])): row for row in csv.DictReader(f)}


def figures(row):
    out = {
        'wpiNumber': int(float(row['World Port Index Number'])),
        'wpiName': row['Main Port Name'].strip(),
        'wpiHarbourSize': row['Harbor Size'].strip(),
        'wpiHarbourType': row['Harbor Type'].strip(),
        'wpiChannelDepthM': depth(row['Channel Depth (m)']),
        'wpiAnchorageDepthM': depth(row['Anchorage Depth (m)']),
        'wpiCargoPierDepthM': depth(row['Cargo Pier Depth (m)']),
        'wpiRail': row['Communications - Rail'].strip().lower(),
        'wpiPosition': [round(float(row['Longitude']), 6), round(float(row['Latitude']), 6)],
    }
    return {k: v for k, v in out.items() if v is not None}


def source(row):
    return {'title': f"World Port Index (Pub. 150), entry {int(float(row['World Port Index Number']))} "
                     f"{row['Main Port Name'].strip()}",
            'publisher': PUBLISHER, 'date': EDITION_DATE, 'url': URL}


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    index = read_index(argv[1])
    write = '--write' in argv[2:]
    collection = geojson_format.load(LAYER)
    for feature in collection['features']:
        number = MATCHES.get(feature['id'])
        if number is None:
            continue
        row = index[number]
        props = feature['properties']
        found = figures(row)
        found['wpiDistanceKm'] = round(km_between(feature['geometry']['coordinates'], found['wpiPosition']), 1)
        flag = 'DISAGREE' if found['wpiDistanceKm'] > DISAGREE_KM else 'agree'
        print(f"{feature['id']:18s} {number} {found['wpiName']:12s} {found['wpiDistanceKm']:5.1f} km {flag:8s} "
              f"size={found['wpiHarbourSize']} rail={found['wpiRail']} (atlas railConnected={props['railConnected']}) "
              f"channel={found.get('wpiChannelDepthM')} anchorage={found.get('wpiAnchorageDepthM')} "
              f"pier={found.get('wpiCargoPierDepthM')}")
        if write:
            for key in [k for k in props if k.startswith('wpi')]:
                del props[key]
            cited = source(row)
            if not any(s.get('title') == cited['title'] for s in props['sources']):
                props['sources'].append(cited)
            # The index's figures go just before the status timeline, beside the port's other facts.
            keys = list(props)
            at = keys.index('status')
            merged = dict(list(props.items())[:at]) | found | dict(list(props.items())[at:])
            props.clear()
            props.update(merged)
            note = props.get('confidenceNote', '')
            note = note.split(' ' + NOTE_PREFIX)[0] if NOTE_PREFIX in note else note
            if feature['id'] in VERDICTS:
                note = (note + ' ' if note else '') + NOTE_PREFIX + VERDICTS[feature['id']]
            props['confidenceNote'] = note
    if write:
        geojson_format.save(LAYER, collection)


if __name__ == '__main__':
    main(sys.argv)
