// Reads a case file written by StaleParityTest (timelines, the date shown, today) and prints, for each case, whether
// the web app's status.js draws the status shown as stale.
// Usage: node stale.mjs WEB_DIR CASES.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [webDir, casesFile] = process.argv.slice(2);
const { isStale } = await import(pathToFileURL(join(webDir, 'status.js')).href);
const cases = JSON.parse(readFileSync(casesFile, 'utf8'));
process.stdout.write(JSON.stringify(cases.map((c) => isStale({ status: c.status }, c.shown, c.today))));
