#!/usr/bin/env bash
# Core Web Vitals of the app and of an embed as Lighthouse 12 measures them (npm `lighthouse`, installed here into a
# local folder; Debian's chromium; Lighthouse's default mobile settings: a mid-range phone on slow 4G), the median
# of RUNS runs each. Prints performance, LCP, TBT, CLS, accessibility, best practices, SEO and the bytes of the
# first load per page, and the load average before and after (TBT grows with the machine's load).
# Usage: bench/lighthouse.sh   (RUNS=3, PORT=18050, LH_DIR=target/lighthouse-npm; needs target/corridor-atlas.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18050}
LH_DIR=${LH_DIR:-target/lighthouse-npm}
OUT=target/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

command -v node >/dev/null || { echo "needs node and npm (apt-get install nodejs npm)"; exit 1; }
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  echo "installing lighthouse 12 into $LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null
fi
[ -f target/corridor-atlas.jar ] || mvn -B -q -DskipTests package
mkdir -p "$OUT"
java -jar target/corridor-atlas.jar serve --port "$PORT" > "$OUT/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fsS -m 2 "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done

base="http://127.0.0.1:$PORT"
declare -A PAGES=([app]="$base/" [embed]="$base/embed?corridor=dandong-sinuiju-pyongyang-nampo")
# A first visit of each page warms the server's caches, as a real server has long been running.
for url in "${PAGES[@]}"; do curl -fsS -o /dev/null "$url"; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in app embed; do
  for run in $(seq 1 "$RUNS"); do
    "$LH_DIR/node_modules/.bin/lighthouse" "${PAGES[$page]}" --quiet --output=json \
      --output-path="$OUT/$page-$run.json" --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" || echo "run $run of $page failed"
  done
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
node - "$OUT" "$RUNS" <<'JS'
const fs = require('fs');
const [dir, runs] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
for (const page of ['app', 'embed']) {
  const reports = [];
  for (let i = 1; i <= Number(runs); i += 1) {
    const file = `${dir}/${page}-${i}.json`;
    if (fs.existsSync(file)) reports.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  if (reports.length === 0) { console.log(`${page}: no report`); continue; }
  const score = (c) => median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)));
  const audit = (a) => median(reports.map((r) => r.audits[a].numericValue));
  console.log(`${page.padEnd(6)} performance ${score('performance')}  LCP ${(audit('largest-contentful-paint') / 1000).toFixed(1)} s`
    + `  TBT ${Math.round(audit('total-blocking-time'))} ms  CLS ${audit('cumulative-layout-shift').toFixed(3)}`
    + `  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}`
    + `  ${Math.round(audit('total-byte-weight') / 1024)} KiB over the wire`
    + `  (median of ${reports.length}; ${reports[0].lighthouseVersion})`);
  const failed = reports[0].categories['best-practices'].auditRefs.concat(reports[0].categories.accessibility.auditRefs)
    .map((ref) => reports[0].audits[ref.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
  for (const a of failed) console.log(`         not passed: ${a.id} (${a.title})`);
}
JS
