// The embed page: one map for an iframe, built from the query string (the parameters of /embed and /static.png).
// It reuses the app's modules for data, status and style, so an embed looks like the app; panels stay off.
import * as api from './api.js';
import { statusOn, statusText } from './status.js';
import { GAUGE_TITLES, LAYER_INFO, pathStyle, pointStyle, schematicStretches, schematicStyle } from './styles.js';

const DEFAULT_LAYERS = ['zones', 'railways', 'roads', 'pipelines', 'sea-lanes', 'crossings', 'ports', 'mines',
  'facilities'];
const POINT_LAYERS = new Set(['crossings', 'ports', 'mines', 'facilities', 'events']);
const REGION = [[36, 118], [47, 136]];
const COUNTRY_TINT = { PRK: '#fbf1d9', CHN: '#f3f0ea', RUS: '#edf0e8', KOR: '#f1f1f1' };
const HIGHLIGHT = { color: '#ffc300', weight: 11, opacity: 0.75, fillOpacity: 0.15, fillColor: '#ffc300' };

const params = new URLSearchParams(window.location.search);
const flag = (name) => params.get(name) !== '0' && params.get(name) !== 'false';
const interactive = flag('interactive');
const layers = params.has('layers') ? params.get('layers').split(',').filter((id) => id in LAYER_INFO)
  : DEFAULT_LAYERS;
const date = params.get('date') || params.get('asOf') || new Date().toISOString().slice(0, 10);
const status = document.getElementById('embed-status');

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
  return `/#${parts.join('&')}`;
}

const map = L.map('map', {
  zoomControl: interactive, dragging: interactive, touchZoom: interactive, doubleClickZoom: interactive,
  boxZoom: interactive, keyboard: interactive, scrollWheelZoom: false, zoomSnap: 0.25,
});
if (!interactive) document.body.classList.add('locked');
// Attribution is always shown, whatever the options.
map.attributionControl.setPrefix(false);
const link = document.createElement('a');
link.href = appLink();
link.target = '_blank';
link.rel = 'noopener';
link.textContent = 'Corridor Atlas';
map.attributionControl.addAttribution(`Made with Natural Earth · ${link.outerHTML}`);
map.fitBounds(REGION);

function showTitle(text) {
  const title = document.getElementById('embed-title');
  const span = document.createElement('span');
  span.textContent = text;
  title.replaceChildren(span);
  title.hidden = false;
}

function legendRow(color, dash, text, point) {
  const row = document.createElement('div');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '26');
  svg.setAttribute('height', '12');
  const shape = document.createElementNS('http://www.w3.org/2000/svg', point ? 'circle' : 'line');
  const attributes = point ? { cx: 13, cy: 6, r: 5, fill: color, stroke: '#fff' }
    : { x1: 1, y1: 6, x2: 25, y2: 6, stroke: color, 'stroke-width': 4, 'stroke-dasharray': dash || '' };
  for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, value);
  svg.append(shape);
  const label = document.createElement('span');
  label.textContent = text;
  row.append(svg, label);
  return row;
}

function showLegend(highlightName) {
  const legend = document.getElementById('embed-legend');
  if (highlightName) legend.append(legendRow(HIGHLIGHT.color, null, highlightName));
  if (layers.includes('railways')) {
    for (const gauge of ['1435', '1520', 'dual']) {
      legend.append(legendRow(pathStyle('railways', { gauge }, 'open', 8).color, null, GAUGE_TITLES[gauge]));
    }
    legend.append(legendRow('#777', pathStyle('railways', {}, 'closed', 8).dashArray, 'Closed'));
    legend.append(legendRow('#777', pathStyle('railways', {}, 'planned', 8).dashArray, 'Planned'));
  }
  for (const id of layers.filter((layer) => layer !== 'railways')) {
    legend.append(legendRow(LAYER_INFO[id].color, null, LAYER_INFO[id].title, POINT_LAYERS.has(id)));
  }
  legend.hidden = false;
}

async function drawBasemap() {
  const [countries, boundaries] = await Promise.all([api.basemap('countries'), api.basemap('boundaries')]);
  L.geoJSON(countries, { pane: 'basemap', interactive: false, style: (f) => ({ color: '#6d90ad', weight: 0.8, fillOpacity: 1,
    fillColor: COUNTRY_TINT[f.properties.iso_a3] || '#f2f2ef' }) }).addTo(map);
  L.geoJSON(boundaries, { pane: 'basemap', interactive: false, style: { color: '#8a5d9e', weight: 1.4, dashArray: '7 3 1 3' } })
    .addTo(map);
}

async function drawLayer(id) {
  const collection = await api.layerItems(id);
  const shown = collection.features.filter((f) => statusOn(f.properties, date));
  // GeoJSON styles every path, circle markers included, so points take their own style here too.
  const style = (f) => (f.geometry.type === 'Point' ? pointStyle : pathStyle)(id, f.properties,
    statusOn(f.properties, date), map.getZoom());
  L.geoJSON({ type: 'FeatureCollection', features: shown }, {
    pane: POINT_LAYERS.has(id) ? 'markerPane' : 'overlayPane',
    style,
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...style(f), pane: 'markerPane' }),
    onEachFeature: (f, layer) => {
      const name = document.createElement('span');
      const status = statusText(f.properties, date);
      name.textContent = status ? `${f.properties.name}: ${status}` : f.properties.name;
      layer.bindTooltip(name);
    },
  }).addTo(map);
  if (id === 'railways' || id === 'roads') {
    // The same hollow core as the app's map over straight stretches that no sourced place lies on.
    for (const f of shown) {
      const { segments } = schematicStretches(f.geometry);
      if (segments.length > 0) {
        L.polyline(segments, { ...schematicStyle(style(f)), pane: 'overlayPane' }).addTo(map);
      }
    }
  }
}

/** The highlighted subject as a GeoJSON FeatureCollection and its name; null when the embed is just a view. */
async function subject() {
  if (params.get('corridor')) {
    const collection = await api.corridor(params.get('corridor'));
    return { collection, name: collection.corridor ? collection.corridor.name : params.get('corridor') };
  }
  if (params.get('feature')) {
    const feature = await api.feature(params.get('feature'));
    return { collection: { type: 'FeatureCollection', features: [feature] }, name: feature.properties.name };
  }
  if (params.get('from') && params.get('to')) {
    const route = { from: params.get('from'), to: params.get('to'), via: params.get('via') || '',
      modes: ['rail', 'road', 'sea'], avoid: [], optimize: 'time', alt: 0 };
    const collection = await api.routes(route, params.get('asOf'));
    if (collection.noRoute) status.textContent = `No route: ${collection.noRoute.explanation}`;
    return { collection, name: `Route ${route.from} – ${route.to}` };
  }
  return null;
}

function bboxBounds() {
  const box = (params.get('bbox') || '').split(',').map(Number);
  return box.length === 4 && box.every(Number.isFinite) ? [[box[1], box[0]], [box[3], box[2]]] : null;
}

async function main() {
  // Basemap under everything, the highlight under the atlas layers, as in the app.
  map.createPane('basemap').style.zIndex = 250;
  map.getPane('basemap').style.pointerEvents = 'none';
  map.createPane('highlight').style.zIndex = 390;
  const basemap = drawBasemap();
  const drawn = Promise.all(layers.map(drawLayer));
  const found = await subject();
  let bounds = bboxBounds();
  if (found) {
    const ring = { radius: 14, color: HIGHLIGHT.color, weight: 5, opacity: 1, fill: false };
    const highlight = L.geoJSON(found.collection, {
      pane: 'highlight', interactive: false,
      style: (f) => (f.geometry.type === 'Point' ? ring : HIGHLIGHT),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...ring, pane: 'highlight', interactive: false }),
      onEachFeature: (f, layer) => layer.on('add', () => {
        const element = layer.getElement && layer.getElement();
        if (element) element.dataset.highlight = f.id || 'route';
      }),
    }).addTo(map);
    if (!bounds && highlight.getBounds().isValid()) bounds = highlight.getBounds().pad(0.08);
  }
  // No animation: the frame shows its subject at once, and a test's screenshot never catches a zoom half done.
  if (bounds) map.fitBounds(bounds, { animate: false });
  const title = params.get('title');
  if (title) showTitle(title);
  if (flag('legend')) showLegend(found ? found.name : null);
  await Promise.all([basemap, drawn]);
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  status.textContent = `This map cannot be shown: ${error.message}`;
  document.body.dataset.ready = 'error';
});
