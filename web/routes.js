// Route planner: from/to (search-as-you-type or a click on the map), options, routes drawn in distinct styles,
// itineraries of steps with totals, the reason when there is none, and export links.
import * as api from './api.js';
import { attachCombobox } from './combobox.js';
import { el, featureButton, svg } from './dom.js';
import { localName, t } from './i18n.js';
import { nameFeatureButtons } from './names.js';
import { routeWithDefaults } from './state.js';

const MODE_COLORS = { rail: '#14213d', road: '#d62839', sea: '#1b98e0' };
// Each alternative has its own dash pattern, so routes stay apart even where they share a mode colour.
const ROUTE_DASH = [null, '12 8', '2 7', '18 6 2 6', '6 4', '1 4'];
const COORDINATES = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;

const count = (n, one, many) => (n === 1 ? t(one) : t(many, { count: n }));
const routeName = (index) => (index === 0 ? t('routes.best') : t('routes.alternative', { index }));
const fmtKm = (value) => `${Number(value).toLocaleString('en', { maximumFractionDigits: 1 })} km`;
const fmtHours = (value) => {
  const hours = Number(value);
  return hours >= 48 ? t('routes.days', { days: (hours / 24).toFixed(1), hours: hours.toFixed(0) })
    : `${hours.toFixed(1)} h`;
};

export function initRoutes({ map, state, linkedView }) {
  const form = document.getElementById('route-form');
  const ends = {
    from: document.getElementById('route-from'),
    to: document.getElementById('route-to'),
    via: document.getElementById('route-via'),
  };
  const modeBoxes = ['rail', 'road', 'sea'].map((mode) => document.getElementById(`route-mode-${mode}`));
  const avoid = document.getElementById('route-avoid');
  const optimize = document.getElementById('route-optimize');
  const alternatives = document.getElementById('route-alternatives');
  const status = document.getElementById('route-status');
  const result = document.getElementById('route-result');
  map.createPane('routes').style.zIndex = 420;
  let drawn = null;
  let controller = null;
  // A route in a link that names no view is shown whole.
  let fitNext = !linkedView && state.get().route !== null;
  const select = (id) => state.set({ feature: id });

  // An input holds either what the person typed or the name of a chosen suggestion, whose id is then sent.
  function setEnd(input, ref, name) {
    input.value = name;
    input.dataset.ref = ref;
    input.dataset.name = name;
  }
  const endValue = (input) => (input.dataset.ref && input.value === input.dataset.name
    ? input.dataset.ref : input.value.trim());

  for (const [key, input] of Object.entries(ends)) {
    attachCombobox(input, document.getElementById(`route-${key}-list`), (found) => setEnd(input, found.id, found.name));
  }

  // Picking on the map: the next click gives a feature's id when it lands on one, else its lon,lat.
  let picking = null;
  const pickButtons = { from: document.getElementById('route-from-pick'), to: document.getElementById('route-to-pick') };
  function setPicking(end) {
    picking = end;
    map.getContainer().classList.toggle('picking', end !== null);
    for (const [key, button] of Object.entries(pickButtons)) button.setAttribute('aria-pressed', String(key === end));
  }
  for (const [key, button] of Object.entries(pickButtons)) {
    button.addEventListener('click', () => setPicking(picking === key ? null : key));
  }
  map.on('click', (event) => {
    if (!picking) return;
    const id = event.originalEvent.target.dataset && event.originalEvent.target.dataset.id;
    const point = `${event.latlng.lng.toFixed(5)},${event.latlng.lat.toFixed(5)}`;
    const name = id ? event.originalEvent.target.dataset.name || id : point;
    setEnd(ends[picking], id || point, name);
    const done = picking;
    setPicking(null);
    ends[done].focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && picking) setPicking(null);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const route = {
      from: endValue(ends.from), to: endValue(ends.to), via: endValue(ends.via),
      modes: modeBoxes.filter((box) => box.checked).map((box) => box.value),
      avoid: avoid.value.split(',').map((s) => s.trim()).filter(Boolean),
      optimize: optimize.value,
      alt: Math.max(0, Math.min(5, Number.parseInt(alternatives.value, 10) || 0)),
    };
    if (!route.from || !route.to) {
      status.textContent = t('routes.needEnds');
      return;
    }
    if (route.modes.length === 0) {
      status.textContent = t('routes.needMode');
      return;
    }
    fitNext = true;
    if (JSON.stringify(route) === JSON.stringify(state.get().route)) plan();
    else state.set({ route });
  });
  document.getElementById('route-clear').addEventListener('click', () => state.set({ route: null }));

  async function fillEnd(input, value) {
    if (!value) {
      setEnd(input, '', '');
      return;
    }
    if (endValue(input) === value) return;
    setEnd(input, value, value);
    if (!COORDINATES.test(value) && api.layerOf(value)) {
      try {
        const feature = await api.feature(value);
        if (input.dataset.ref === value) setEnd(input, value, localName(feature.properties));
      } catch {
        // A place name that only looks like an id: the person's text stays as it is.
      }
    }
  }

  function fillForm(route) {
    const full = routeWithDefaults(route || {});
    fillEnd(ends.from, full.from);
    fillEnd(ends.to, full.to);
    fillEnd(ends.via, full.via);
    modeBoxes.forEach((box) => { box.checked = full.modes.includes(box.value); });
    avoid.value = full.avoid.join(', ');
    optimize.value = full.optimize;
    alternatives.value = String(full.alt);
  }

  function clearDrawing() {
    if (drawn) drawn.remove();
    drawn = null;
  }

  function renderNoRoute(noRoute) {
    const box = el('div');
    box.id = 'route-noroute';
    box.setAttribute('role', 'alert');
    box.append(el('strong', t('routes.noRoute', { reason: noRoute.reason })));
    if (noRoute.explanation) box.append(el('p', noRoute.explanation));
    if ((noRoute.blockers || []).length) {
      box.append(el('p', t('routes.blockedBy')));
      const list = el('ul');
      for (const id of noRoute.blockers) {
        const item = el('li');
        item.append(featureButton(id, null, select));
        list.append(item);
      }
      box.append(list);
    }
    result.append(box);
    nameFeatureButtons(box);
  }

  function swatch(index, mode) {
    const picture = svg('svg', { width: 34, height: 10, 'aria-hidden': 'true' });
    picture.append(svg('line', { x1: 1, y1: 5, x2: 33, y2: 5, stroke: MODE_COLORS[mode] || '#333', 'stroke-width': 4,
      'stroke-dasharray': ROUTE_DASH[index] }));
    return picture;
  }

  function renderRoutes(collection) {
    const firstMode = (index) => (collection.features.find((f) => f.properties.route === index) || { properties: {} })
      .properties.mode;
    for (const routeInfo of collection.routes) {
      const card = el('section', null, 'route-card');
      card.id = `route-${routeInfo.index}`;
      const heading = el('h3');
      heading.append(swatch(routeInfo.index, firstMode(routeInfo.index)),
        el('span', routeName(routeInfo.index)));
      card.append(heading);
      const sums = routeInfo.totals;
      const totals = el('p', `${fmtKm(sums.lengthKm)} · ${fmtHours(sums.hours)} · `
        + `${count(sums.borderCrossings, 'routes.borderCrossing', 'routes.borderCrossings')} · `
        + `${count(sums.gaugeBreaks, 'routes.gaugeChange', 'routes.gaugeChanges')} · `
        + `${count(sums.transshipments, 'routes.transshipment', 'routes.transshipments')}`, 'totals');
      card.append(totals);
      const legs = collection.features.filter((f) => f.properties.route === routeInfo.index);
      const legList = el('p', legs.map((f) => `${f.properties.mode}${f.properties.gauge ? ` ${f.properties.gauge}` : ''}`
        + ` ${f.properties.country || ''} ${fmtKm(f.properties.lengthKm)}`).join(' → '), 'small');
      card.append(legList);
      const steps = el('ol', null, 'steps');
      steps.id = `route-steps-${routeInfo.index}`;
      for (const step of routeInfo.steps) {
        const item = el('li');
        item.dataset.kind = step.kind;
        item.append(el('strong', `${t(`step.${step.kind}`)}: `));
        item.append(step.featureId ? featureButton(step.featureId, step.name, select) : el('span', step.name));
        if (step.text) item.append(el('div', step.text, 'small'));
        steps.append(item);
      }
      card.append(steps);
      result.append(card);
    }
  }

  function renderExports(route, asOf) {
    const exports = el('p', t('routes.export'), 'exports');
    for (const format of ['geojson', 'gpx', 'kml']) {
      const link = el('a', format.toUpperCase());
      link.id = `route-export-${format}`;
      link.href = api.routeUrl(route, asOf, format);
      link.download = `route.${format}`;
      exports.append(link);
    }
    result.append(exports);
  }

  function draw(collection) {
    clearDrawing();
    // Alternatives first, so the best route is drawn on top of them.
    const features = [...collection.features].sort((a, b) => b.properties.route - a.properties.route);
    drawn = L.layerGroup().addTo(map);
    for (const feature of features) {
      const index = feature.properties.route;
      const color = MODE_COLORS[feature.properties.mode] || '#333333';
      if (index === 0) {
        L.geoJSON(feature, { pane: 'routes', interactive: false, style: { color: '#ffffff', weight: 9, opacity: 0.9 } })
          .addTo(drawn);
      }
      const line = L.geoJSON(feature, { pane: 'routes', style: { color, weight: index === 0 ? 5 : 4,
        opacity: index === 0 ? 1 : 0.8, dashArray: ROUTE_DASH[index % ROUTE_DASH.length], className: `route-line route-${index}` } });
      const label = el('span', `${routeName(index)}: ${t(`mode.${feature.properties.mode}`)}`
        + `, ${fmtKm(feature.properties.lengthKm)}, ${fmtHours(feature.properties.hours)}`);
      line.bindTooltip(label, { sticky: true });
      line.addTo(drawn);
    }
    for (const routeInfo of collection.routes.filter((r) => r.index === 0)) {
      for (const step of routeInfo.steps) {
        const marker = L.circleMarker([step.lat, step.lon], { pane: 'routes', radius: 6, color: '#14213d', weight: 2,
          fillColor: '#ffffff', fillOpacity: 1 });
        marker.bindTooltip(el('span', `${t(`step.${step.kind}`)}: ${step.name}`));
        marker.addTo(drawn);
      }
    }
    if (fitNext && collection.features.length) {
      map.fitBounds(L.geoJSON(collection).getBounds(), { padding: [30, 30], animate: false });
    }
    fitNext = false;
  }

  async function plan() {
    const current = state.get();
    const route = current.route;
    if (controller) controller.abort();
    result.replaceChildren();
    clearDrawing();
    if (!route || !route.from || !route.to) {
      status.textContent = '';
      return;
    }
    controller = new AbortController();
    status.textContent = t('routes.planning');
    try {
      const collection = await api.routes(route, current.asOf, controller.signal);
      status.textContent = '';
      if (collection.noRoute || collection.routes.length === 0) {
        renderNoRoute(collection.noRoute || { reason: t('routes.noneFound') });
        fitNext = false;
      } else {
        draw(collection);
        renderRoutes(collection);
        renderExports(route, current.asOf);
      }
    } catch (error) {
      if (error.name === 'AbortError') return;
      status.textContent = '';
      const message = el('p', t('routes.error', { error: error.message }), 'error');
      message.id = 'route-error';
      message.setAttribute('role', 'alert');
      result.append(message);
    }
  }

  state.subscribe((current, changed) => {
    if (changed.has('route')) fillForm(current.route);
    if (changed.has('route') || (changed.has('asOf') && current.route)) plan();
  });
  fillForm(state.get().route);
  plan();
}
