// The embed page: one map for an iframe, built from the query string (the parameters of /embed and /static.png).
// It reuses the app's modules for data, status and style, so an embed looks like the app; panels stay off.
import * as api from './api.js';
import { layerTitle, loadMessages, t } from './i18n.js';
import { allLayers, defaultLayerIds, layerById, setRegistry, styleTable } from './registry.js';
import { shownStatus } from './status.js';
import { featureStyle, highlightStyle, layerColor, leafletStyle, schematicStretches, schematicStyle, showsSchematic }
  from './styles.js';

const REGION = [[36, 118], [47, 136]];

const params = new URLSearchParams(window.location.search);
const flag = (name) => params.get(name) !== '0' && params.get(name) !== 'false';
const interactive = flag('interactive');
// Known once the registry is loaded (main).
let layers = [];
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

// A line layer whose colour varies by a property (railways by gauge) gets a row per value, with the dash patterns
// of closed and planned lines; every other layer one row in its colour.
function showLegend(highlightName) {
  const legend = document.getElementById('embed-legend');
  if (highlightName) legend.append(legendRow(styleTable().highlight.color, null, highlightName));
  for (const id of layers) {
    const layer = layerById(id);
    const colours = Object.entries(styleTable().layers[id].by || {})
      .filter(([, values]) => Object.values(values).some((value) => value.color));
    if (layer.family !== 'line' || colours.length === 0) {
      legend.append(legendRow(layerColor(id), null, layerTitle(id), layer.family === 'point'));
      continue;
    }
    for (const [property, values] of colours) {
      for (const value of Object.keys(values)) {
        legend.append(legendRow(leafletStyle(id, { [property]: value }, 'line', 'open', 8).color, null,
          t(`${property}.${value}`)));
      }
    }
    for (const status of ['closed', 'planned']) {
      legend.append(legendRow('#777', leafletStyle(id, null, 'line', status, 8).dashArray, t(`status.${status}`)));
    }
  }
  legend.hidden = false;
}

async function drawBasemap() {
  const [countries, boundaries] = await Promise.all([api.basemap('countries'), api.basemap('boundaries')]);
  const base = styleTable().basemap;
  L.geoJSON(countries, { pane: 'basemap', interactive: false, style: (f) => ({ color: base.coast,
    weight: base.coastWidth, fillOpacity: 1, fillColor: base.countryTint[f.properties.iso_a3] || base.land }) })
    .addTo(map);
  L.geoJSON(boundaries, { pane: 'basemap', interactive: false, style: { color: base.boundary,
    weight: base.boundaryWidth, dashArray: base.boundaryDash.join(' ') } }).addTo(map);
}

async function drawLayer(id) {
  const collection = await api.layerItems(id);
  const layer = layerById(id);
  const shown = collection.features.filter((f) => shownStatus(layer, f.properties, date));
  // GeoJSON styles every path, circle markers included, so points take their own style here too.
  const style = (f) => featureStyle(id, f, shownStatus(layer, f.properties, date), map.getZoom());
  L.geoJSON({ type: 'FeatureCollection', features: shown }, {
    pane: `shapes-${id}`,
    style,
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...style(f), pane: `points-${id}` }),
    onEachFeature: (f, layer) => {
      const name = document.createElement('span');
      name.textContent = f.properties.name;
      layer.bindTooltip(name);
    },
  }).addTo(map);
  if (showsSchematic(id)) {
    // The same hollow core as the app's map over straight stretches that no sourced place lies on.
    for (const f of shown) {
      const { segments } = schematicStretches(f.geometry);
      if (segments.length > 0) {
        L.polyline(segments, { ...schematicStyle(style(f)), pane: `shapes-${id}` }).addTo(map);
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
  const [registry] = await Promise.all([api.layers(), loadMessages('en')]);
  setRegistry(registry);
  layers = params.has('layers') ? params.get('layers').split(',').filter((id) => layerById(id)) : defaultLayerIds();
  const link = document.createElement('a');
  link.href = appLink();
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Corridor Atlas';
  map.attributionControl.addAttribution(`Made with Natural Earth · ${link.outerHTML}`);
  // Basemap under everything, the highlight under the atlas layers, as in the app; each layer's shapes and points
  // in the registry's draw order.
  map.createPane('basemap').style.zIndex = 250;
  map.getPane('basemap').style.pointerEvents = 'none';
  map.createPane('highlight').style.zIndex = 390;
  for (const layer of allLayers()) {
    map.createPane(`shapes-${layer.id}`).style.zIndex = 396 + layer.drawOrder / 10;
    map.createPane(`points-${layer.id}`).style.zIndex = 450 + layer.drawOrder / 10;
  }
  const HIGHLIGHT = highlightStyle().line;
  const basemap = drawBasemap();
  const drawn = Promise.all(layers.map(drawLayer));
  const found = await subject();
  let bounds = bboxBounds();
  if (found) {
    const ring = highlightStyle().ring;
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
