// Reads a case file written by VisibilityParityTest (the /api/layers answer and a list of cases) and prints, for
// each case, what the web app's own modules say: the status drawn on the date (or null) and its symbol.
// Usage: node parity.mjs WEB_DIR CASES.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [webDir, casesFile] = process.argv.slice(2);
const load = (name) => import(pathToFileURL(join(webDir, name)).href);
const { setRegistry, layerById } = await load('registry.js');
const { shownStatus } = await load('status.js');
const { symbol } = await load('styles.js');

const input = JSON.parse(readFileSync(casesFile, 'utf8'));
setRegistry(input.registry);
const out = input.cases.map((c) => {
  const status = shownStatus(layerById(c.layer), c.properties, c.date);
  return { status, symbol: status ? symbol(c.layer, c.properties, c.family, status, c.zoom, c.variant) : null };
});
process.stdout.write(JSON.stringify(out));
