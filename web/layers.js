// Layers panel: the Natural Earth basemap, every atlas layer styled by type, gauge and status as of the
// timeline date, decluttered at low zoom and labelled at high zoom, with its legend and toggles.
import * as api from './api.js';
import { el, featureButton, svg, yieldToBrowser } from './dom.js';
import { labelWidth, layerTitle, localName, t } from './i18n.js';
import { allLayers, layerById, layerIds, styleTable } from './registry.js';
import { today } from './state.js';
import { isStale, shownStatus, STATUSES } from './status.js';
import { familyOf, featureStyle, highlightStyle, isFaded, leafletStyle, schematicStretches, schematicStyle,
  showsSchematic } from './styles.js';

const LABEL_ZOOM_POINTS = 8;
const LABEL_ZOOM_LINES = 9;
// The font of .atlas-label in style.css, for measuring labels before they are drawn.
const LABEL_FONT = '11px system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", sans-serif';
const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright" rel="noopener">OpenStreetMap</a> contributors';
/** The credits of the basemap and of the stations' positions, shown from the map's first paint. */
export const BASEMAP_ATTRIBUTION = 'Basemap: Natural Earth · Russian and Chinese stations: © OpenStreetMap contributors';

/** A small picture of a style, the same one the map draws, for the legend. */
function swatch(kind, style) {
  const picture = svg('svg', { class: 'swatch', width: 30, height: 14, 'aria-hidden': 'true' });
  if (kind === 'point') {
    picture.append(svg('circle', { cx: 15, cy: 7, r: Math.min(style.radius, 6), fill: style.fillColor,
      stroke: style.color === '#ffffff' ? '#777' : style.color, 'stroke-width': 1.5,
      'stroke-dasharray': style.dashArray }));
  } else if (kind === 'area') {
    picture.append(svg('rect', { x: 3, y: 2, width: 24, height: 10, fill: style.fillColor,
      'fill-opacity': 0.35, stroke: style.color, 'stroke-width': 1.5 }));
  } else {
    picture.append(svg('line', { x1: 1, y1: 7, x2: 29, y2: 7, stroke: style.color,
      'stroke-width': Math.min(style.weight, 4), 'stroke-dasharray': style.dashArray, 'stroke-opacity': style.opacity }));
    if (kind === 'schematic') {
      const core = schematicStyle(style);
      picture.append(svg('line', { x1: 1, y1: 7, x2: 29, y2: 7, stroke: core.color, 'stroke-width': core.weight }));
    }
  }
  return picture;
}

function legendRow(kind, style, text) {
  const row = el('div', null, 'legend-row');
  const label = el('span', text);
  row.append(swatch(kind, style), label);
  return row;
}

function legendHeading(text) {
  const heading = el('h4', text);
  return heading;
}

// Planned and under construction look alike; the legend names them in one row.
const statusText = (status) => (status === 'planned' ? t('legend.plannedOrBuilding') : t(`status.${status}`));
const LEGEND_STATUSES = STATUSES.filter((status) => status !== 'under-construction');

// The legend follows the style table: a section for each property a line layer's colour or width varies by (gauge,
// road class), the status of lines on the first line layer, the status of points on the point layer whose fill
// shows it (the others show it in their ring). A section a task.
async function buildLegend(container) {
  const lines = allLayers().filter((layer) => layer.family === 'line');
  const points = allLayers().filter((layer) => layer.family === 'point');
  for (const layer of lines) {
    for (const [property, values] of Object.entries(styleTable().layers[layer.id].by || {})) {
      await yieldToBrowser();
      container.append(legendHeading(t(`legend.by.${property}`)));
      for (const value of Object.keys(values)) {
        container.append(legendRow('line', leafletStyle(layer.id, { [property]: value }, 'line', 'open', 8),
          t(`${property}.${value}`)));
      }
    }
  }
  const line = lines[0].id;
  await yieldToBrowser();
  container.append(legendHeading(t('legend.lineStatus.heading')));
  for (const status of LEGEND_STATUSES) {
    container.append(legendRow('line', leafletStyle(line, null, 'line', status, 8), statusText(status)));
  }
  container.append(legendRow('schematic', leafletStyle(line, null, 'line', 'open', 8), t('legend.schematic')));
  const byFill = points.find((layer) => styleTable().layers[layer.id].point?.fill === 'status') || points[0];
  await yieldToBrowser();
  container.append(legendHeading(t('legend.pointStatus', { layer: layerTitle(byFill.id) })));
  for (const status of LEGEND_STATUSES) {
    container.append(legendRow('point', leafletStyle(byFill.id, null, 'point', status, 8), statusText(status)));
  }
  container.append(legendRow('point', leafletStyle(byFill.id, null, 'point', 'closed', 8, 'stale'), t('legend.stale')));
}

function layerSwatch(id) {
  const family = layerById(id).family;
  return swatch(family, leafletStyle(id, null, family, 'open', 8));
}

/**
 * The Natural Earth basemap on one canvas, which the reference layers (places.js) share: far less work for the
 * browser than thousands of SVG nodes, and one canvas to size and paint on every move instead of two.
 * Returns the canvas, a function that draws a collection on it (drawInPieces) and a promise of the basemap drawn.
 */
export function drawBasemap(map) {
  map.createPane('basemap').style.zIndex = 250;
  map.getPane('basemap').style.pointerEvents = 'none';
  const renderer = L.canvas({ pane: 'basemap' });
  const draw = (collection, options) => drawInPieces(map, renderer, collection, options);
  const drawn = (async () => {
    // The canvas is sized in a task of its own, before the first country is drawn on it.
    await yieldToBrowser();
    map.addLayer(renderer);
    const [countries, boundaries, coast] = await Promise.all(['countries', 'boundaries', 'coast'].map(api.basemap));
    const base = styleTable().basemap;
    await draw(countries, { style: (f) => ({ stroke: false, fillOpacity: 1,
      fillColor: base.countryTint[f.properties.iso_a3] || base.land }) });
    await draw(coast, { style: { color: base.coast, weight: base.coastWidth, fill: false } });
    await draw(boundaries, { style: { color: base.boundary, weight: base.boundaryWidth,
      dashArray: base.boundaryDash.join(' '), fill: false } });
  })();
  return { renderer, draw, drawn };
}

const PIECE_VERTICES = 600;
const vertexCount = (c) => (typeof c[0] === 'number' ? 1 : c.reduce((n, part) => n + vertexCount(part), 0));

/**
 * Draws a collection on a canvas a piece a task, each piece at most a few hundred vertices (a multi-part shape split
 * into its parts, which draw alike): projecting thousands of vertices at once would hold the page. The canvas is
 * not clipped to the view (noClip): drawing outside it costs less than clipping every part on every move.
 */
async function drawInPieces(map, renderer, collection, options) {
  const pieces = [[]];
  let size = 0;
  for (const feature of collection.features) {
    const { type, coordinates } = feature.geometry;
    const parts = type.startsWith('Multi') ? coordinates.map((part) => ({ type: type.slice(5), coordinates: part }))
      : [feature.geometry];
    for (const geometry of parts) {
      const vertices = vertexCount(geometry.coordinates);
      if (size > 0 && size + vertices > PIECE_VERTICES) {
        pieces.push([]);
        size = 0;
      }
      pieces[pieces.length - 1].push({ type: 'Feature', properties: feature.properties, geometry });
      size += vertices;
    }
  }
  for (const features of pieces) {
    await yieldToBrowser();
    L.geoJSON({ type: 'FeatureCollection', features }, { pane: 'basemap', interactive: false, renderer, noClip: true,
      ...options }).addTo(map);
  }
}

export function initLayers({ map, state, places, basemap }) {
  map.createPane('selection').style.zIndex = 395;
  // Each layer's lines and areas, then its points, in the registry's draw order: areas under lines under points,
  // crossings on top (they are what the atlas is about, and they sit among customs yards).
  for (const layer of allLayers()) {
    map.createPane(`shapes-${layer.id}`).style.zIndex = 396 + layer.drawOrder / 10;
    map.createPane(`points-${layer.id}`).style.zIndex = 450 + layer.drawOrder / 10;
  }

  const layers = {};
  const list = document.getElementById('layer-list');
  for (const id of layerIds()) {
    const item = el('li');
    const box = el('input');
    box.type = 'checkbox';
    box.id = `layer-toggle-${id}`;
    box.addEventListener('change', () => {
      const wanted = new Set(state.get().layers);
      if (box.checked) wanted.add(id); else wanted.delete(id);
      state.set({ layers: layerIds().filter((layer) => wanted.has(layer)) });
    });
    const label = el('label', layerTitle(id));
    label.htmlFor = box.id;
    const count = el('span', null, 'count');
    count.id = `layer-count-${id}`;
    item.append(box, layerSwatch(id), label, count);
    list.append(item);
    layers[id] = { id, box, count, group: L.layerGroup().addTo(map), entries: [], loading: null, loaded: false };
  }
  // The legend in tasks of its own: the layers' downloads start first.
  buildLegend(document.getElementById('legend'))
    .then(() => document.getElementById('panel-layers').removeAttribute('aria-busy'));

  const osmBox = document.getElementById('basemap-osm');
  const osm = L.tileLayer(OSM_URL, { attribution: OSM_ATTRIBUTION, maxZoom: 18, zIndex: 1 });
  osmBox.addEventListener('change', () => state.set({ osm: osmBox.checked }));

  function isPicking() {
    return map.getContainer().classList.contains('picking');
  }

  function makeEntry(layerId, feature) {
    const point = familyOf(feature.geometry.type) === 'point';
    const pane = point ? `points-${layerId}` : `shapes-${layerId}`;
    const leaflet = L.GeoJSON.geometryToLayer(feature, {
      pane, pointToLayer: (f, latlng) => L.circleMarker(latlng, { pane }),
    });
    const entry = { layerId, feature, leaflet, point, status: null, label: null, schematic: null };
    const stretches = showsSchematic(layerId) ? schematicStretches(feature.geometry) : null;
    if (stretches && stretches.segments.length > 0) {
      entry.schematic = L.polyline(stretches.segments, { pane, interactive: false });
    }
    leaflet.on('click', () => {
      if (!isPicking()) state.set({ feature: feature.id });
    });
    leaflet.on('add', () => decorate(entry));
    return entry;
  }

  // Stable attributes on the drawn element let tests and styles find a feature and read its status.
  function decorate(entry) {
    const element = entry.leaflet.getElement();
    if (!element) return;
    element.dataset.layer = entry.layerId;
    element.dataset.id = entry.feature.id;
    element.dataset.status = entry.status || 'none';
    element.dataset.stale = entry.stale ? 'true' : 'false';
    element.dataset.name = entry.feature.properties.name;
  }

  // Layers that arrive together (the page loads them all at once) are drawn by one refresh, not one each: every
  // refresh restyles and relabels everything loaded so far. That refresh draws one layer a task (refreshInSteps).
  let pendingRefresh = null;
  function refreshSoon() {
    if (!pendingRefresh) {
      pendingRefresh = new Promise((resolve) => {
        setTimeout(async () => {
          pendingRefresh = null;
          await refreshInSteps();
          drawSelection();
          resolve();
        }, 16);
      });
    }
    return pendingRefresh;
  }

  function ensureLoaded(id) {
    const layer = layers[id];
    if (!layer.loading) {
      layer.count.textContent = '…';
      layer.loading = api.layerItems(id).then((collection) => {
        layer.entries = collection.features.map((feature) => makeEntry(id, feature));
        layer.loaded = true;
        return refreshSoon();
      }).catch((error) => {
        layer.count.textContent = t('layers.unavailable');
        layer.count.title = error.message;
        layer.loading = null;
      });
    }
    return layer.loading;
  }

  const statusOf = (entry, date) => shownStatus(layerById(entry.layerId), entry.feature.properties, date);
  const priority = (entry) => layerById(entry.layerId).labelPriority;

  // Greedy: a point keeps its place unless a point of higher priority already sits within `radius` pixels.
  function declutter(candidates, radius, selected) {
    const kept = [];
    const hidden = new Set();
    const ordered = [...candidates].sort((a, b) => (b.feature.id === selected) - (a.feature.id === selected)
      || priority(a) - priority(b));
    for (const entry of ordered) {
      const at = map.latLngToLayerPoint(entry.leaflet.getLatLng());
      if (radius > 0 && entry.feature.id !== selected && kept.some((p) => p.distanceTo(at) < radius)) {
        hidden.add(entry);
      } else {
        kept.push(at);
      }
    }
    return hidden;
  }

  // Each label takes a box, to the right of a point or centred on a line or area; a label that would overlap one
  // already placed is left out. Points come first, then lines and areas in the order of the layer list.
  // `reserved`: boxes already taken (the labels of the subject's places).
  function placeLabels(entries, zoom, reserved) {
    const boxes = [...reserved];
    const labelled = new Set();
    const rank = (entry) => (entry.point ? 0 : 100) + priority(entry);
    const ordered = entries.filter((entry) => zoom >= (entry.point ? LABEL_ZOOM_POINTS : LABEL_ZOOM_LINES))
      .sort((a, b) => rank(a) - rank(b));
    for (const entry of ordered) {
      const width = 10 + labelWidth(localName(entry.feature.properties), LABEL_FONT);
      const at = map.latLngToLayerPoint(entry.point ? entry.leaflet.getLatLng() : entry.leaflet.getCenter());
      const x1 = entry.point ? at.x + 6 : at.x - width / 2;
      const box = { x1, x2: x1 + width, y1: at.y - 9, y2: at.y + 9 };
      if (!boxes.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) {
        boxes.push(box);
        labelled.add(entry);
      }
    }
    return { labelled, boxes: boxes.slice(reserved.length) };
  }

  function setLabel(entry, permanent) {
    if (entry.label === permanent) return;
    entry.leaflet.unbindTooltip();
    const text = el('span', localName(entry.feature.properties));
    entry.leaflet.bindTooltip(text, permanent
      ? { permanent: true, direction: entry.point ? 'right' : 'center', offset: entry.point ? [7, 0] : [0, 0],
        className: 'atlas-label', interactive: false }
      : { direction: 'top', sticky: !entry.point, className: 'atlas-label' });
    entry.label = permanent;
  }

  // The map's features for the keyboard (and screen readers): a list of every feature of the shown layers within the
  // map's bounds, grouped by layer, each a button that selects it. Drawn only while open, and only when it changed,
  // so that moving the map does not take the focus away from it.
  const inView = document.getElementById('in-view');
  const inViewCount = document.getElementById('in-view-count');
  const inViewList = document.getElementById('in-view-list');
  let inViewCandidates = [];
  let inViewDrawn = null;
  const within = (entry, bounds) => (entry.point ? bounds.contains(entry.leaflet.getLatLng())
    : bounds.intersects(entry.leaflet.getBounds()));

  function listInView() {
    const bounds = map.getBounds();
    const entries = inViewCandidates.filter((entry) => within(entry, bounds));
    inViewCount.textContent = `(${entries.length})`;
    const selected = state.get().feature;
    const key = `${selected}|${entries.map((entry) => `${entry.feature.id}:${entry.status}`).join()}`;
    if (!inView.open || key === inViewDrawn) return;
    inViewDrawn = key;
    inViewList.replaceChildren();
    for (const layerId of layerIds()) {
      const mine = entries.filter((entry) => entry.layerId === layerId)
        .sort((a, b) => localName(a.feature.properties).localeCompare(localName(b.feature.properties)));
      if (mine.length === 0) continue;
      inViewList.append(el('h4', layerTitle(layerId)));
      const list = el('ul', null, 'plain');
      for (const entry of mine) {
        const item = el('li');
        const button = featureButton(entry.feature.id, localName(entry.feature.properties),
          (id) => state.set({ feature: id }));
        if (entry.feature.id === selected) button.setAttribute('aria-current', 'true');
        item.append(button);
        if (entry.status !== 'open') item.append(' ', el('span', t(`status.${entry.status}`), 'small'));
        list.append(item);
      }
      inViewList.append(list);
    }
  }
  inView.addEventListener('toggle', listInView);
  map.on('moveend', listInView);

  // A refresh, step by step: each layer restyled in a step of its own, then the labels. refresh() runs the steps at
  // once; refreshInSteps() lets the browser paint and answer input between them. A newer refresh of either kind
  // makes an older one in steps stop where it is, since the newer one draws everything again.
  let generation = 0;
  let lastShown = [];
  function* refreshSteps() {
    const current = state.get();
    const date = current.asOf || today();
    const zoom = map.getZoom();
    const visible = new Set(current.layers);
    const candidates = [];
    for (const layer of Object.values(layers)) {
      for (const entry of layer.entries) {
        entry.status = statusOf(entry, date);
        if (visible.has(layer.id) && entry.status) candidates.push(entry);
      }
    }
    const points = candidates.filter((entry) => entry.point);
    const radius = zoom <= 5 ? 16 : zoom === 6 ? 12 : zoom === 7 ? 8 : 0;
    const hidden = declutter(points, radius, current.feature);
    const shown = new Set(candidates.filter((entry) => !hidden.has(entry)));

    for (const layer of Object.values(layers)) {
      let drawn = 0;
      for (const entry of layer.entries) {
        if (!shown.has(entry)) {
          layer.group.removeLayer(entry.leaflet);
          if (entry.schematic) layer.group.removeLayer(entry.schematic);
          continue;
        }
        drawn += 1;
        // A status no source has confirmed for over two years is drawn lighter (the style table's "stale" variant).
        entry.stale = isStale(entry.feature.properties, date, today());
        const style = featureStyle(layer.id, entry.feature, entry.status, zoom, entry.stale ? 'stale' : undefined);
        entry.leaflet.setStyle(style);
        layer.group.addLayer(entry.leaflet);
        if (entry.schematic) {
          entry.schematic.setStyle(schematicStyle(style));
          layer.group.addLayer(entry.schematic);
          entry.schematic.getElement()?.setAttribute('data-schematic', entry.feature.id);
        }
        // What no longer works (or not yet) goes under what does, where both share a spot.
        if (isFaded(entry.status)) entry.leaflet.bringToBack();
        else if (entry.schematic) entry.schematic.bringToFront();
        decorate(entry);
      }
      if (layer.loaded) {
        layer.count.textContent = String(drawn);
        layer.count.title = t('layers.countTitle', { drawn, total: layer.entries.length, date });
      }
      if (drawn > 0) yield;
    }
    lastShown = [...shown];
    relabel();
    inViewCandidates = candidates;
    listInView();
  }

  /** Labels once everything is on the map, where lines and areas can tell their centre. */
  function relabel() {
    const { labelled, boxes } = placeLabels(lastShown, map.getZoom(), places ? places.subjectBoxes() : []);
    for (const entry of lastShown) setLabel(entry, labelled.has(entry));
    // The reference layers' place names fill the room the atlas's labels and point symbols leave.
    if (places) {
      const symbols = lastShown.filter((entry) => entry.point).map((entry) => {
        const at = map.latLngToLayerPoint(entry.leaflet.getLatLng());
        const r = entry.leaflet.getRadius() + 1;
        return { x1: at.x - r, x2: at.x + r, y1: at.y - r, y2: at.y + r };
      });
      places.update([...boxes, ...symbols]);
    }
  }

  function refresh() {
    generation += 1;
    const steps = refreshSteps();
    while (!steps.next().done);
  }

  async function refreshInSteps() {
    const mine = ++generation;
    const steps = refreshSteps();
    while (!steps.next().done) {
      await yieldToBrowser();
      if (generation !== mine) return;
    }
  }

  let selection = null;
  let selectionToken = 0;
  async function drawSelection() {
    const id = state.get().feature;
    const token = ++selectionToken;
    let feature = null;
    if (id) {
      const loaded = Object.values(layers).flatMap((layer) => layer.entries).find((e) => e.feature.id === id);
      feature = loaded ? loaded.feature : await api.feature(id).catch(() => null);
    }
    if (token !== selectionToken) return;
    if (selection) selection.remove();
    selection = null;
    if (!feature) return;
    const highlight = highlightStyle();
    selection = L.geoJSON(feature, {
      pane: 'selection', interactive: false, style: highlight.line,
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...highlight.ring, pane: 'selection', interactive: false }),
    }).addTo(map);
  }

  function applyLayers() {
    const current = state.get();
    for (const layer of Object.values(layers)) {
      layer.box.checked = current.layers.includes(layer.id);
      if (layer.box.checked) ensureLoaded(layer.id);
    }
    osmBox.checked = current.osm;
    if (current.osm) osm.addTo(map); else osm.remove();
    // The Natural Earth fills would hide the tiles; the tiles carry their own coast, borders, rivers and provinces.
    map.getPane('basemap').hidden = current.osm;
    // Before any layer has come there is nothing to draw (the first one to come draws, and labels, everything).
    if (Object.values(layers).some((layer) => layer.entries.length > 0)) refresh();
  }

  state.subscribe((current, changed) => {
    if (changed.has('layers') || changed.has('osm') || changed.has('asOf')) applyLayers();
    if (changed.has('feature')) {
      refresh();
      drawSelection();
    }
  });
  map.on('zoomend', refresh);

  applyLayers();
  if (places) {
    places.onSubjectChange(refresh);
    // The place names only need the atlas's labels placed again, around the subject's towns.
    places.ready.then(relabel);
  }
  const initial = state.get().layers.map((id) => layers[id].loading);
  return { ready: Promise.allSettled([basemap.drawn, ...initial]) };
}
