// The embed page: one map for an iframe, built from the query string (the parameters of /embed and /static.png).
// It reads as a news graphic at any size: the subject fitted with a margin, place names in the chosen language
// placed without overlaps, a compact legend where it covers no part of the subject (beside or beneath the map when
// no corner is free), an optional title and locator inset, and the credit line. The server's pictures
// (render/SceneRenderer) follow the same rules.
import * as api from './api.js';
import { yieldToBrowser } from './dom.js';
import { LANGUAGES, layerTitle, loadMessages, localName, statusLine, t } from './i18n.js';
import { defaultLayerIds, layerById, allLayers, setRegistry, styleTable } from './registry.js';
import { isStale, shownStatus } from './status.js';
import { familyOf, featureStyle, highlightStyle, leafletStyle, schematicStretches, schematicStyle, showsSchematic }
  from './styles.js';

const REGION = [[36, 118], [47, 136]];
const SVG = 'http://www.w3.org/2000/svg';

const params = new URLSearchParams(window.location.search);
const flag = (name, fallback) => (params.has(name) ? params.get(name) !== '0' && params.get(name) !== 'false'
  : fallback);
const interactive = flag('interactive', true);
const lang = LANGUAGES.includes(params.get('lang')) ? params.get('lang') : 'en';
const date = params.get('date') || params.get('asOf') || new Date().toISOString().slice(0, 10);
const status = document.getElementById('embed-status');
let layers = [];
/** Every feature drawn, with its layer and status: what the legend lists and the labels name. */
const drawnFeatures = [];
let subjectGeo = null;
let subjectIds = new Set();
let subjectName = '';
let stops = [];
let places = [];
let seas = [];
const boxes = { legend: null, inset: null, controls: null };

/** The zoom buttons' box in the frame, when the embed has them: no label, legend, inset or subject goes under it. */
function controlsBox() {
  const element = map.zoomControl?.getContainer();
  if (!element) return null;
  const frame = map.getContainer().getBoundingClientRect();
  const r = element.getBoundingClientRect();
  return { left: r.left - frame.left, top: r.top - frame.top, width: r.width, height: r.height };
}

// The same view in the app, in the app's hash format (web/state.js): each value encoded on its own.
function appLink() {
  const enc = encodeURIComponent;
  const parts = [`layers=${layers.map(enc).join(',')}`];
  if (params.get('asOf') || params.get('date')) parts.push(`asOf=${enc(date)}`);
  for (const key of ['feature', 'corridor']) if (params.get(key)) parts.push(`${key}=${enc(params.get(key))}`);
  if (params.get('from') && params.get('to')) {
    parts.push(`route=${enc(params.get('from'))},${enc(params.get('to'))}`);
    if (params.get('via')) parts.push(`via=${enc(params.get('via'))}`);
  }
  if (lang !== 'en') parts.push(`lang=${lang}`);
  return `/#${parts.join('&')}`;
}

const map = L.map('map', {
  zoomControl: interactive, dragging: interactive, touchZoom: interactive, doubleClickZoom: interactive,
  boxZoom: interactive, keyboard: interactive, scrollWheelZoom: false, zoomSnap: 0.1,
});
if (!interactive) document.body.classList.add('locked');
map.attributionControl.setPrefix(false);
map.fitBounds(REGION, { animate: false });
// For page authors and tests: the Leaflet map of this embed.
window.atlasMap = map;

// ---- sizes: text grows with the frame, as on the server (1 at 800 × 500) ----
const frameScale = () => Math.min(1.8, Math.max(0.85, Math.sqrt(window.innerWidth * window.innerHeight) / 632));
// A label's size in pixels: scaled with the frame, never under 12 px, the least a phone's reader can read.
const labelPx = (size, s) => Math.max(12, size * s);

function showTitle(text) {
  const title = document.getElementById('embed-title');
  const span = document.createElement('span');
  span.textContent = text;
  title.replaceChildren(span);
  title.hidden = false;
}

// ---- legend: groups of swatches, each group from a new line, wrapped ----
function swatch(style, family) {
  const svg = document.createElementNS(SVG, 'svg');
  const wide = family !== 'point';
  svg.setAttribute('width', wide ? '22' : '12');
  svg.setAttribute('height', '12');
  const shape = document.createElementNS(SVG, family === 'point' ? 'circle' : family === 'area' ? 'rect' : 'line');
  const attributes = family === 'point'
    ? { cx: 6, cy: 6, r: Math.min(5, style.radius || 5), fill: style.fillColor, 'fill-opacity': style.fillOpacity,
      stroke: style.color, 'stroke-width': Math.min(2, style.weight) }
    : family === 'area'
      ? { x: 1, y: 1, width: 20, height: 10, fill: style.fillColor, 'fill-opacity': style.fillOpacity,
        stroke: style.color, 'stroke-width': 1.5 }
      : { x1: 0, y1: 6, x2: 22, y2: 6, stroke: style.color, 'stroke-opacity': style.opacity ?? 1,
        'stroke-width': Math.min(7, style.weight), 'stroke-dasharray': style.dashArray || '' };
  for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, value);
  svg.append(shape);
  return svg;
}

function item(style, family, text) {
  const span = document.createElement('span');
  span.className = 'item';
  const label = document.createElement('span');
  label.textContent = text;
  span.append(swatch(style, family), label);
  return span;
}

/** The legend's groups for what is drawn inside the frame now (the subject first). */
function legendGroups() {
  const bounds = map.getBounds();
  const groups = new Map();
  const add = (key, rank, header, itemKey, make) => {
    if (!groups.has(key)) groups.set(key, { rank, header, items: new Map() });
    const group = groups.get(key);
    if (!group.items.has(itemKey)) group.items.set(itemKey, make());
  };
  if (subjectGeo) {
    add('subject', 0, null, 'subject', () => item({ ...highlightStyle().line, weight: 7, dashArray: null }, 'line',
      subjectName || t('legend.highlighted')));
  }
  for (const { layer, feature, shown, stale, leaflet } of drawnFeatures) {
    if (!leaflet || !boundsTouch(leaflet, bounds)) continue;
    const family = familyOf(feature.geometry.type);
    if (stale) {
      add('stale', 390, null, 'stale', () => item(leafletStyle(layer.id, family === 'line' ? feature.properties : null,
        family === 'area' ? 'line' : family, shown, 8, 'stale'), family === 'area' ? 'line' : family, t('legend.stale')));
    }
    const style = styleTable().layers[layer.id];
    // A line layer coloured by a property (railways by gauge): an item per value, headed by the layer.
    const by = Object.entries(style.by || {}).find(([property, values]) => family === 'line'
      && values[feature.properties[property]]?.color);
    if (by) {
      const [property] = by;
      const value = feature.properties[property];
      add(`by-${layer.id}`, 100 + layer.drawOrder, layerTitle(layer.id), value, () => item(leafletStyle(layer.id,
        feature.properties, 'line', 'open', 8), 'line', t(`${property}.${value}`)));
    } else if (family === 'point' && style.point?.fill === 'status') {
      // Points filled with their status colour (crossings): an item per status, headed by the layer.
      add(`status-${layer.id}`, 300, layerTitle(layer.id), shown, () => item(leafletStyle(layer.id, null, 'point',
        shown, 6), 'point', t(`status.${shown}`)));
    } else {
      add('layers', 400 + layer.drawOrder, null, layer.id, () => item(leafletStyle(layer.id,
        family === 'line' ? feature.properties : null, family, 'open', family === 'line' ? 8 : 6), family,
      layerTitle(layer.id)));
    }
    if (family === 'line' && shown !== 'open') {
      add('line', 200, t('legend.lines'), shown, () => item({ ...leafletStyle(layer.id, null, 'line', shown, 8),
        color: '#777' }, 'line', t(`status.${shown}`)));
    }
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank);
}

function boundsTouch(leaflet, bounds) {
  if (leaflet.getBounds) return leaflet.getBounds().isValid() && bounds.intersects(leaflet.getBounds());
  return leaflet.getLatLng ? bounds.contains(leaflet.getLatLng()) : false;
}

/**
 * Fills the legend; in a small frame (compact) everything but the subject folds into a closed <details>, so that
 * the legend stays a line or two until a reader opens it.
 */
function fillLegend(legend, compact) {
  legend.replaceChildren();
  const groups = legendGroups();
  const more = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = t('legend.heading');
  more.append(summary);
  for (const group of groups) {
    const line = document.createElement('div');
    line.className = 'group';
    if (group.header) {
      const header = document.createElement('b');
      header.textContent = `${group.header}:`;
      line.append(header);
    }
    line.append(...group.items.values());
    (compact && group.rank > 0 ? more : legend).append(line);
  }
  if (compact && more.childElementCount > 1) legend.append(more);
  return groups.length > 0;
}

// ---- geometry in pixels: the subject's vertices and segments, to keep the legend and inset off them ----
function subjectPixels() {
  const points = [];
  const segments = [];
  const walk = (coords, depth) => {
    if (depth === 0) return;
    if (typeof coords[0] === 'number') return;
    if (typeof coords[0][0] === 'number') {
      const line = coords.map((c) => map.latLngToContainerPoint([c[1], c[0]]));
      points.push(...line);
      for (let i = 1; i < line.length; i += 1) segments.push([line[i - 1], line[i]]);
      return;
    }
    coords.forEach((c) => walk(c, depth - 1));
  };
  for (const f of subjectGeo ? subjectGeo.features : []) {
    if (!f.geometry) continue;
    if (f.geometry.type === 'Point') {
      points.push(map.latLngToContainerPoint([f.geometry.coordinates[1], f.geometry.coordinates[0]]));
    } else {
      walk(f.geometry.coordinates, 4);
    }
  }
  return { points, segments };
}

function rectHits(rect, pixels, inflate) {
  const r = { left: rect.left - inflate, top: rect.top - inflate, right: rect.left + rect.width + inflate,
    bottom: rect.top + rect.height + inflate };
  const inside = (p) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;
  if (pixels.points.some(inside)) return true;
  // A segment crossing the box without a vertex in it: sample it every 4 px.
  return pixels.segments.some(([a, b]) => {
    const steps = Math.ceil(a.distanceTo(b) / 4);
    for (let i = 1; i < steps; i += 1) {
      if (inside({ x: a.x + (b.x - a.x) * (i / steps), y: a.y + (b.y - a.y) * (i / steps) })) return true;
    }
    return false;
  });
}

const overlaps = (a, b) => a && b && a.left < b.left + b.width && b.left < a.left + a.width
  && a.top < b.top + b.height && b.top < a.top + a.height;

/** A corner of the frame where a box covers no subject and no other box; null when none is free. */
function freeCorner(width, height, area, order, others) {
  const pixels = subjectPixels();
  const pad = 6;
  const spots = {
    br: { left: area.right - width - pad, top: area.bottom - height - pad },
    bl: { left: area.left + pad, top: area.bottom - height - pad },
    tr: { left: area.right - width - pad, top: area.top + pad },
    tl: { left: area.left + pad, top: area.top + pad },
  };
  for (const key of order) {
    const rect = { ...spots[key], width, height };
    if (rect.left < area.left || rect.top < area.top) continue;
    if (!rectHits(rect, pixels, 6) && !others.some((o) => overlaps(o, rect))) return rect;
  }
  return null;
}

function place(element, rect) {
  element.style.left = `${rect.left}px`;
  element.style.top = `${rect.top}px`;
  element.style.right = 'auto';
  element.style.bottom = 'auto';
}

// ---- labels: place names and the subject's crossings, without overlaps; the subject's places always ----
const measure = document.createElement('canvas').getContext('2d');
const fold = (text) => String(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
let labelLayer = null;

function labelPositions(x, y, w, h, off) {
  return [
    [x + off, y - h / 2], [x - off - w, y - h / 2], [x - w / 2, y - off - h], [x - w / 2, y + off],
    [x + off * 0.7, y - off * 0.7 - h], [x - off * 0.7 - w, y - off * 0.7 - h],
    [x + off * 0.7, y + off * 0.7], [x - off * 0.7 - w, y + off * 0.7],
  ].map(([left, top]) => ({ left, top, width: w, height: h }));
}

function placeLabels() {
  if (labelLayer) labelLayer.remove();
  labelLayer = L.layerGroup().addTo(map);
  const size = map.getSize();
  const s = frameScale();
  const titleH = document.getElementById('embed-title').hidden ? 0 : document.getElementById('embed-title')
    .offsetHeight;
  const creditH = map.attributionControl.getContainer().offsetHeight || 18;
  const frame = { left: 2, top: titleH + 2, width: size.x - 4, height: size.y - titleH - creditH - 4 };
  const taken = [boxes.legend, boxes.inset, boxes.controls].filter(Boolean);
  const within = (r) => r.left >= frame.left && r.top >= frame.top && r.left + r.width <= frame.left + frame.width
    && r.top + r.height <= frame.top + frame.height;
  const free = (r) => !taken.some((o) => overlaps(o, r));
  const family = getComputedStyle(document.body).fontFamily;
  const put = (latlng, text, { sizePx, bold, italic, cls, dot, always, offset }) => {
    const p = map.latLngToContainerPoint(latlng);
    if (p.x < frame.left || p.y < frame.top || p.x > frame.left + frame.width || p.y > frame.top + frame.height) {
      return false;
    }
    measure.font = `${italic ? 'italic ' : ''}${bold ? 'bold ' : ''}${sizePx}px ${family}`;
    const w = measure.measureText(text).width + 2;
    const h = sizePx * 1.2;
    let chosen = null;
    for (const ring of always ? [1, 2.2, 3.6, 5] : [1]) {
      chosen = labelPositions(p.x, p.y, w, h, offset * ring + (ring > 1 ? 4 : 0)).find((r) => within(r) && free(r));
      if (chosen) break;
    }
    // A subject's place is named even where every spot is taken: over another label rather than under the legend.
    const clearOfBoxes = (r) => within(r) && free(r);
    if (!chosen && always) {
      const spots = [1, 2.2, 3.6, 5].flatMap((ring) => labelPositions(p.x, p.y, w, h, offset * ring + (ring > 1 ? 4 : 0)));
      chosen = spots.find(clearOfBoxes) || spots.find(within);
    }
    if (!chosen) return false;
    taken.push(chosen);
    if (dot) {
      L.circleMarker(latlng, { radius: dot, color: '#fff', weight: 1, fillColor: '#3a3a3a', fillOpacity: 1,
        interactive: false, pane: 'labels', className: 'atlas-place-dot' }).addTo(labelLayer);
      taken.push({ left: p.x - dot, top: p.y - dot, width: 2 * dot, height: 2 * dot });
    }
    const span = document.createElement('span');
    span.textContent = text;
    span.style.fontSize = `${sizePx}px`;
    if (bold) span.style.fontWeight = 'bold';
    if (italic) span.style.fontStyle = 'italic';
    L.marker(latlng, { interactive: false, keyboard: false, pane: 'labels',
      icon: L.divIcon({ className: `atlas-place-label ${cls}`, html: span, iconSize: [w, h],
        iconAnchor: [p.x - chosen.left, p.y - chosen.top] }) }).addTo(labelLayer);
    return true;
  };
  const zoom = map.getZoom();
  const maxRank = zoom < 5 ? 2 : zoom < 6 ? 3 : zoom < 7 ? 4 : zoom < 8 ? 5 : 6;
  const words = ` ${fold(subjectName)} `;
  const asked = new Set(stops.map(fold));
  const done = new Set();
  const latlngOf = (f) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
  const dotOf = (p) => (p.rank === 1 ? 3.6 : p.rank <= 3 ? 3 : 2.4) * s;
  // The subject's own points stay visible.
  for (const { feature } of drawnFeatures) {
    if (subjectIds.has(feature.id) && feature.geometry.type === 'Point') {
      const p = map.latLngToContainerPoint(latlngOf(feature));
      taken.push({ left: p.x - 7, top: p.y - 7, width: 14, height: 14 });
    }
  }
  for (const place of places) {
    const p = place.properties;
    const isSubject = (p.namedIn || []).some((id) => subjectIds.has(id)) || words.includes(` ${fold(p.name)} `)
      || asked.has(fold(p.name)) || Object.values(p.names || {}).some((n) => asked.has(fold(n)));
    if (isSubject && put(latlngOf(place), localName(p), { sizePx: labelPx(13, s), bold: true, cls: 'subject',
      dot: dotOf(p), always: true, offset: dotOf(p) + 3 * s })) done.add(place);
  }
  const fewSubjectFeatures = subjectIds.size <= 3;
  // Point layers that label first (crossings, then ports, by the registry's label priority) name their features.
  const named = (layer) => layer.family === 'point' && layer.labelPriority <= 2;
  for (const { layer, feature } of drawnFeatures) {
    if (named(layer) && layer.labelPriority === 1 && subjectIds.has(feature.id) && (fewSubjectFeatures || zoom >= 8)) {
      put(latlngOf(feature), localName(feature.properties), { sizePx: labelPx(10.5, s), italic: true, cls: 'feature',
        offset: 9 * s });
    }
  }
  for (const limit of [Math.min(2, maxRank), maxRank]) {
    for (const place of places) {
      const p = place.properties;
      if (p.rank <= limit && !done.has(place)) {
        if (put(latlngOf(place), localName(p), { sizePx: labelPx(p.rank === 1 ? 12.5 : p.rank <= 3 ? 11.5 : 11, s),
          bold: p.rank === 1, cls: 'place', dot: dotOf(p), offset: dotOf(p) + 3 * s })) done.add(place);
      }
    }
  }
  for (const sea of seas) {
    put(latlngOf(sea), localName(sea.properties), { sizePx: labelPx(12, s), italic: true, cls: 'sea', offset: 0 });
  }
  if (zoom >= 8) {
    for (const { layer, feature } of drawnFeatures) {
      if (named(layer) && !subjectIds.has(feature.id)) {
        put(latlngOf(feature), localName(feature.properties), { sizePx: labelPx(10, s), italic: true, cls: 'feature',
          offset: 8 * s });
      }
    }
  }
}

// ---- locator inset: the atlas region in Northeast Asia with the frame marked ----
function mercatorY(lat) {
  return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);
}

function drawInset(element, countries, width) {
  const top = mercatorY(REGION[1][0]);
  const bottom = mercatorY(REGION[0][0]);
  const scale = width / (REGION[1][1] - REGION[0][1]);
  const height = (top - bottom) * scale;
  const x = (lon) => (lon - REGION[0][1]) * scale;
  const y = (lat) => (top - mercatorY(lat)) * scale;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(Math.round(width)));
  svg.setAttribute('height', String(Math.round(height)));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('map.inset'));
  const base = styleTable().basemap;
  for (const f of countries.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let d = '';
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const step = Math.max(1, Math.floor(ring.length / 150));
        d += ring.filter((c, i) => i % step === 0).map((c, i) => `${i ? 'L' : 'M'}${x(c[0]).toFixed(1)} ${y(c[1])
          .toFixed(1)}`).join('') + 'Z';
      }
    }
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', f.properties.iso_a3 === 'PRK' ? '#f0dca8' : (base.countryTint[f.properties.iso_a3]
      || base.land));
    path.setAttribute('stroke', '#9aa5ad');
    path.setAttribute('stroke-width', '0.4');
    svg.append(path);
  }
  const frame = document.createElementNS(SVG, 'rect');
  frame.setAttribute('fill', 'rgba(214,40,40,.15)');
  frame.setAttribute('stroke', '#d62828');
  frame.setAttribute('stroke-width', '1.5');
  svg.append(frame);
  const mark = () => {
    const b = map.getBounds();
    const clampX = (v) => Math.max(0, Math.min(width, v));
    const clampY = (v) => Math.max(0, Math.min(height, v));
    const left = clampX(x(b.getWest()));
    const right = clampX(x(b.getEast()));
    const upper = clampY(y(b.getNorth()));
    const lower = clampY(y(b.getSouth()));
    frame.setAttribute('x', left.toFixed(1));
    frame.setAttribute('y', upper.toFixed(1));
    frame.setAttribute('width', Math.max(2, right - left).toFixed(1));
    frame.setAttribute('height', Math.max(2, lower - upper).toFixed(1));
  };
  mark();
  map.off('moveend', element.markFrame);
  element.markFrame = mark;
  map.on('moveend', mark);
  element.replaceChildren(svg);
  element.style.background = base.sea;
  element.hidden = false;
  return height;
}

// ---- data ----
// Each step of the drawing (subject, basemap, one layer, the labels) is its own task (yieldToBrowser), so the reader
// sees the picture build up and a tap is never kept waiting long.

async function drawBasemap(loading) {
  const [countries, boundaries, lakes, rivers, admin1Lines] = await loading;
  const base = styleTable().basemap;
  // One canvas for the basemap's thousands of vertices (as in the app): far less work than SVG paths.
  const renderer = L.canvas({ pane: 'basemap' });
  L.geoJSON(countries, { pane: 'basemap', interactive: false, renderer, style: (f) => ({ color: base.coast,
    weight: base.coastWidth, fillOpacity: 1, fillColor: base.countryTint[f.properties.iso_a3] || base.land }) })
    .addTo(map);
  L.geoJSON(lakes, { pane: 'basemap', interactive: false, renderer, style: { color: base.coast, weight: 0.6, opacity: 0.6,
    fillColor: '#c9dff0', fillOpacity: 1 } }).addTo(map);
  L.geoJSON(admin1Lines, { pane: 'basemap', interactive: false, renderer, style: { color: base.admin1,
    weight: base.admin1Width, dashArray: base.admin1Dash.join(' ') } }).addTo(map);
  L.geoJSON(rivers, { pane: 'basemap', interactive: false, renderer, style: { color: '#8db4d3', weight: 1.2 } }).addTo(map);
  L.geoJSON(boundaries, { pane: 'basemap', interactive: false, renderer, style: { color: base.boundary,
    weight: base.boundaryWidth, dashArray: base.boundaryDash.join(' ') } }).addTo(map);
  return countries;
}

async function drawLayer(id) {
  const collection = await api.layerItems(id);
  const layer = layerById(id);
  const shown = collection.features.filter((f) => shownStatus(layer, f.properties, date));
  // A current status no source has confirmed for over two years is drawn lighter, as in the app.
  const today = new Date().toISOString().slice(0, 10);
  const stale = (f) => isStale(f.properties, date, today);
  const style = (f) => featureStyle(id, f, shownStatus(layer, f.properties, date), map.getZoom(),
    stale(f) ? 'stale' : undefined);
  L.geoJSON({ type: 'FeatureCollection', features: shown }, {
    pane: `shapes-${id}`,
    style,
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...style(f), pane: `points-${id}` }),
    onEachFeature: (f, leaflet) => {
      drawnFeatures.push({ layer, feature: f, shown: shownStatus(layer, f.properties, date), stale: stale(f),
        leaflet });
      const name = document.createElement('span');
      const line = statusLine(f.properties, date);
      name.textContent = line ? `${localName(f.properties)}: ${line}` : localName(f.properties);
      leaflet.bindTooltip(name);
    },
  }).addTo(map);
  if (showsSchematic(id)) {
    for (const f of shown) {
      const { segments } = schematicStretches(f.geometry);
      if (segments.length > 0) {
        L.polyline(segments, { ...schematicStyle(style(f)), pane: `shapes-${id}` }).addTo(map);
      }
    }
  }
}

/** The highlighted subject as a GeoJSON FeatureCollection, its name and stops; null when the embed is a view. */
async function subject() {
  if (params.get('corridor')) {
    const collection = await api.corridor(params.get('corridor'));
    const name = collection.corridor ? localName(collection.corridor) : params.get('corridor');
    return { collection, name, stops: [] };
  }
  if (params.get('feature')) {
    const feature = await api.feature(params.get('feature'));
    return { collection: { type: 'FeatureCollection', features: [feature] }, name: localName(feature.properties),
      stops: [] };
  }
  if (params.get('from') && params.get('to')) {
    const route = { from: params.get('from'), to: params.get('to'), via: params.get('via') || '',
      modes: ['rail', 'road', 'sea'], avoid: [], optimize: 'time', alt: 0 };
    const collection = await api.routes(route, params.get('asOf'));
    if (collection.noRoute) status.textContent = t('routes.noRoute', { reason: collection.noRoute.explanation });
    // An end given by feature id is named as the feature is in the reader's language; typed text as typed.
    const endName = (ref) => (api.layerOf(ref) && ref.includes('-')
      ? api.feature(ref).then((feature) => localName(feature.properties), () => ref) : ref);
    const [from, to] = await Promise.all([endName(route.from), endName(route.to)]);
    return { collection, name: t('embed.route', { from, to }),
      stops: [route.from, ...route.via.split(';').filter(Boolean), route.to] };
  }
  return null;
}

function bboxBounds() {
  const box = (params.get('bbox') || '').split(',').map(Number);
  return box.length === 4 && box.every(Number.isFinite) ? [[box[1], box[0]], [box[3], box[2]]] : null;
}

/**
 * Fits the subject with a margin into the frame less the title and credit strips and, when no corner is free for
 * the legend, less a strip beside (wide frames) or beneath (others) the map for it.
 */
function layOut(bounds, fitted, legend) {
  const size = map.getSize();
  const s = frameScale();
  const title = document.getElementById('embed-title');
  const titleH = title.hidden ? 0 : title.offsetHeight;
  const creditH = map.attributionControl.getContainer().offsetHeight || 18;
  const margin = fitted ? Math.min(48, Math.max(10, Math.min(size.x, size.y) * 0.06)) : 0;
  boxes.controls = controlsBox();
  // The subject keeps clear of the zoom buttons' column on the left.
  const left = fitted && boxes.controls ? Math.max(margin, boxes.controls.left + boxes.controls.width + 6) : margin;
  const fit = (extraRight, extraBottom) => map.fitBounds(bounds, { animate: false,
    paddingTopLeft: [left, titleH + margin], paddingBottomRight: [margin + extraRight, creditH + margin + extraBottom] });
  fit(0, 0);
  boxes.legend = null;
  if (legend) {
    legend.style.maxWidth = `${Math.round(Math.min(320 * s, Math.max(150 * s, size.x * 0.4)))}px`;
    const area = { left: 0, top: titleH, right: size.x, bottom: size.y - creditH };
    legend.hidden = false;
    if (fillLegend(legend, false)) {
      // Small frames, or a legend taller than half the map: the compact form.
      if (size.x < 480 || size.y < 320 || legend.offsetHeight > (area.bottom - area.top) * 0.5) {
        fillLegend(legend, true);
        legend.classList.add('compact');
      }
      let rect = freeCorner(legend.offsetWidth, legend.offsetHeight, area, ['br', 'bl', 'tr', 'tl'],
        [boxes.controls].filter(Boolean));
      if (!rect && subjectGeo) {
        const beside = size.x >= size.y * 1.2;
        const compact = legend.classList.contains('compact');
        for (let pass = 0; pass < 2; pass += 1) {
          legend.style.maxWidth = beside ? `${Math.round(size.x * 0.32)}px` : `${size.x - 12}px`;
          fit(beside ? legend.offsetWidth + 12 : 0, beside ? 0 : legend.offsetHeight + 12);
          fillLegend(legend, compact);
        }
        rect = beside ? { left: size.x - legend.offsetWidth - 6, top: area.bottom - legend.offsetHeight - 6 }
          : { left: 6, top: area.bottom - legend.offsetHeight - 6 };
      } else if (!rect) {
        rect = { left: size.x - legend.offsetWidth - 6, top: area.bottom - legend.offsetHeight - 6 };
      }
      place(legend, rect);
      boxes.legend = { left: rect.left, top: rect.top, width: legend.offsetWidth, height: legend.offsetHeight };
      // Opened, the compact legend grows upwards from where it was placed, over the map.
      legend.addEventListener('toggle', () => {
        legend.style.top = 'auto';
        legend.style.bottom = `${size.y - rect.top - boxes.legend.height}px`;
      }, true);
    } else {
      legend.hidden = true;
    }
  }
  return { titleH, creditH };
}

function placeInset(countries) {
  const element = document.getElementById('embed-inset');
  const size = map.getSize();
  const width = Math.min(200, Math.max(60, Math.min(size.x, size.y) * 0.26));
  const height = drawInset(element, countries, width);
  const title = document.getElementById('embed-title');
  const area = { left: 0, top: title.hidden ? 0 : title.offsetHeight, right: size.x,
    bottom: size.y - (map.attributionControl.getContainer().offsetHeight || 18) };
  const others = [boxes.legend, boxes.controls].filter(Boolean);
  const rect = freeCorner(width + 2, height + 2, area, ['tr', 'tl', 'bl', 'br'], others)
    || { left: area.right - width - 8, top: area.top + 6 };
  place(element, rect);
  boxes.inset = { left: rect.left, top: rect.top, width: width + 2, height: height + 2 };
}

async function main() {
  document.documentElement.lang = lang;
  const [registry] = await Promise.all([api.layers(), loadMessages(lang)]);
  setRegistry(registry);
  layers = params.has('layers') ? params.get('layers').split(',').filter((id) => layerById(id)) : defaultLayerIds();
  map.createPane('basemap').style.zIndex = 250;
  map.getPane('basemap').style.pointerEvents = 'none';
  map.createPane('highlight').style.zIndex = 390;
  for (const layer of allLayers()) {
    map.createPane(`shapes-${layer.id}`).style.zIndex = 396 + layer.drawOrder / 10;
    map.createPane(`points-${layer.id}`).style.zIndex = 450 + layer.drawOrder / 10;
  }
  map.createPane('labels').style.zIndex = 560;
  map.getPane('labels').style.pointerEvents = 'none';
  // The credit line is drawn at once: it needs only the messages, and it keeps its place while the data arrives.
  const link = document.createElement('a');
  link.href = appLink();
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = window.location.origin + '/';
  const credit = t('map.credit', { date, link: '\u0000' }).split('\u0000');
  const creditLine = document.createElement('span');
  creditLine.append(credit[0], link, credit[1] || '', ` · ${t('map.basemapCredit')}`);
  map.attributionControl.addAttribution(creditLine.outerHTML);
  await yieldToBrowser();
  // Every download starts now; the drawing waits until the frame is fitted to the subject, so that each layer is
  // projected once, at the view it is shown in.
  const basemapData = Promise.all(['countries', 'boundaries', 'lakes', 'rivers', 'admin1-lines'].map((name) => api.basemap(name)));
  layers.forEach((id) => api.layerItems(id).catch(() => {}));
  const reference = Promise.all([api.basemap('places'), api.basemap('seas')]).then(([p, s]) => {
    places = p.features;
    seas = s.features;
  });
  const found = await subject();
  let bounds = bboxBounds();
  let fitted = false;
  if (found) {
    subjectGeo = found.collection;
    subjectName = found.name;
    stops = found.stops;
    subjectIds = new Set(found.collection.features.map((f) => f.id).filter(Boolean));
    const ring = highlightStyle().ring;
    const highlight = L.geoJSON(found.collection, {
      pane: 'highlight', interactive: false,
      style: (f) => ({ ...(f.geometry.type === 'Point' ? ring : highlightStyle().line), className: 'atlas-subject' }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...ring, pane: 'highlight', interactive: false,
        className: 'atlas-subject' }),
      onEachFeature: (f, layer) => layer.on('add', () => {
        const element = layer.getElement && layer.getElement();
        if (element) element.dataset.highlight = f.id || 'route';
      }),
    }).addTo(map);
    if (!bounds && highlight.getBounds().isValid()) {
      bounds = highlight.getBounds();
      fitted = true;
    }
  }
  const title = params.get('title');
  if (title) showTitle(title);
  const legend = flag('legend', true) ? document.getElementById('embed-legend') : null;
  const subjectBounds = bounds ? L.latLngBounds(bounds) : L.latLngBounds(REGION);
  layOut(subjectBounds, fitted, null);
  await yieldToBrowser();
  const countries = await drawBasemap(basemapData);
  // One layer a task, in the registry's order (the labels' order), each as soon as it is there.
  for (const id of layers) {
    await api.layerItems(id).catch(() => null);
    await yieldToBrowser();
    await drawLayer(id);
  }
  await reference;
  await yieldToBrowser();
  const layOutBoxes = () => {
    legend?.classList.remove('compact');
    layOut(subjectBounds, fitted, legend);
    if (flag('inset', false)) placeInset(countries);
  };
  const arrange = () => {
    layOutBoxes();
    placeLabels();
  };
  layOutBoxes();
  await yieldToBrowser();
  placeLabels();
  map.on('zoomend moveend', placeLabels);
  // A responsive page may resize the frame (oEmbed's max-width: 100%): lay the picture out again for the new size.
  let pending = null;
  map.on('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(arrange, 150);
  });
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  status.textContent = t('embed.cannotShow', { error: error.message });
  document.body.dataset.ready = 'error';
});
