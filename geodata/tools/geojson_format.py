"""Reads and writes the layer files in the repository's own layout, so that a script's edit gives a minimal diff.

The layout: the FeatureCollection indented by one space, each feature by two per level from its own start, the
geometry on one line, UTF-8 unescaped, a trailing newline. `python3 geojson_format.py FILE...` checks that a file
round-trips unchanged (exit 1 if not).
"""
import json
import sys


def _dump(value, indent):
    pad = ' ' * indent
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {_dump(v, indent + 2)}' for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(value, list):
        if not value:
            return '[]'
        items = [f'{pad}  {_dump(v, indent + 2)}' for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    return json.dumps(value, ensure_ascii=False)


def _feature(feature):
    lines = []
    for key, value in feature.items():
        text = json.dumps(value, ensure_ascii=False, separators=(', ', ': ')) if key == 'geometry' \
            else _dump(value, 4)
        lines.append(f'    {json.dumps(key, ensure_ascii=False)}: {text}')
    return '  {\n' + ',\n'.join(lines) + '\n  }'


def dumps(collection):
    head = [f' {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}'
            for k, v in collection.items() if k != 'features']
    features = ',\n'.join(_feature(f) for f in collection['features'])
    body = ' "features": [\n' + features + '\n ]' if collection['features'] else ' "features": []'
    return '{\n' + ',\n'.join(head + [body]) + '\n}\n'


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def _styles(text):
    """The writers that reproduce a file as it is (some files are plain `json.dump(indent=1)`)."""
    plain = lambda c, end: json.dumps(c, indent=1, ensure_ascii=False) + end
    writers = [dumps, lambda c: plain(c, '\n'), lambda c: plain(c, '')]
    obj = json.loads(text)
    return [w for w in writers if w(obj) == text]


def save(path, collection):
    """Writes in the layout the file already has; refuses a file that no known layout reproduces."""
    with open(path, encoding='utf-8') as f:
        styles = _styles(f.read())
    if not styles:
        raise SystemExit(f'{path}: hand-formatted, edit it as text')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(styles[0](collection))


if __name__ == '__main__':
    bad = 0
    for path in sys.argv[1:]:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        same = bool(_styles(text))
        bad += not same
        print(path, 'round-trips' if same else 'DIFFERS')
    sys.exit(1 if bad else 0)
