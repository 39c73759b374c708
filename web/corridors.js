// Corridors panel: pick a named corridor to fit and highlight it and read its profile and trade figures.
import * as api from './api.js';
import { el, featureButton, svg } from './dom.js';
import { localName, t } from './i18n.js';
import { nameFeatureButtons } from './names.js';


const km = (value) => `${Number(value).toLocaleString('en', { maximumFractionDigits: 0 })} km`;

/** A table of kilometres by key (country, mode or gauge). */
function lengthTable(caption, byKey, label) {
  const table = el('table');
  table.append(el('caption', caption));
  for (const [key, value] of Object.entries(byKey || {})) {
    const row = el('tr');
    row.append(el('th', label(key)), el('td', km(value)));
    table.append(row);
  }
  return table;
}

/** A bar chart of one trade series, drawn here as SVG so the page needs no chart library. */
function tradeChart(series) {
  const values = (series.values || []).filter((v) => Number.isFinite(Number(v.value)));
  const figure = el('figure');
  figure.append(el('figcaption', `${series.name} (${series.unit})`));
  if (values.length === 0) return figure;
  const width = 320;
  const height = 150;
  const left = 42;
  // Room on the right for half of the last period's label, which is centred under its bar.
  const right = 18;
  const bottom = 20;
  const top = 8;
  const max = Math.max(...values.map((v) => Number(v.value)));
  const step = (width - left - right) / values.length;
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
    'aria-label': t('corridors.chartLabel', { name: series.name, count: values.length, max, unit: series.unit }) });
  const y = (value) => top + (height - top - bottom) * (1 - value / max);
  for (const tick of [0, max / 2, max]) {
    chart.append(svg('line', { x1: left - 3, x2: width - right, y1: y(tick), y2: y(tick), stroke: '#e3e6ea' }));
    chart.append(svg('text', { x: left - 5, y: y(tick) + 3, 'text-anchor': 'end' },
      Math.round(tick).toLocaleString('en')));
  }
  // As many period labels as fit side by side (about 6 units a character at this font size): every year of a short
  // series, so that an irregular one (2000, 2014, 2017, …) does not leave its tallest bar unnamed.
  const labelWidth = 6 * Math.max(...values.map((v) => String(v.period).length)) + 4;
  const every = Math.max(1, Math.ceil(labelWidth / step));
  values.forEach((v, i) => {
    const value = Number(v.value);
    const bar = svg('rect', { class: 'bar', x: left + i * step + step * 0.15, width: step * 0.7, y: y(value),
      height: Math.max(0.5, y(0) - y(value)) });
    bar.append(svg('title', {}, `${v.period}: ${value.toLocaleString('en')} ${series.unit}`));
    chart.append(bar);
    if (i % every === 0) {
      chart.append(svg('text', { x: left + i * step + step / 2, y: height - 6, 'text-anchor': 'middle' }, v.period));
    }
  });
  figure.append(chart);
  return figure;
}

function idButtons(ids, select, names) {
  const list = el('ul', null, 'plain');
  for (const id of ids) {
    const li = el('li');
    li.append(featureButton(id, names.get(id), select));
    list.append(li);
  }
  return list;
}

// A gauge break is where two features of the corridor meet with different gauges: 1435 → 1520 at Tumangang.
function gaugeBreakList(breaks, select, names) {
  const list = el('ul', null, 'plain');
  for (const item of breaks) {
    const li = el('li', t('corridors.gaugeBreakBetween', { from: item.fromGauge, to: item.toGauge }));
    li.append(featureButton(item.fromFeature, names.get(item.fromFeature), select), ' and ',
      featureButton(item.toFeature, names.get(item.toFeature), select));
    list.append(li);
  }
  return list;
}

function renderProfile(body, collection, select) {
  const corridor = collection.corridor;
  const names = new Map(collection.features.map((f) => [f.id, localName(f.properties)]));
  body.replaceChildren();
  body.append(el('h3', localName(corridor)));
  if (corridor.description) body.append(el('p', corridor.description));
  const profile = corridor.profile;
  if (!profile) {
    body.append(el('p', t('corridors.noProfile'), 'hint'));
  } else {
    const facts = el('dl');
    facts.id = 'corridor-facts';
    const total = Object.values(profile.lengthKmByCountry || {}).reduce((a, b) => a + Number(b), 0);
    facts.append(el('dt', t('corridors.length')), el('dd', km(total)));
    if (profile.hours != null) {
      facts.append(el('dt', t('corridors.travelTime')), el('dd', `${Number(profile.hours).toFixed(1)} h`));
    }
    if (profile.networkKm != null && profile.geodesicKm != null) {
      facts.append(el('dt', t('corridors.endToEnd')), el('dd', t('corridors.endToEndText',
        { network: km(profile.networkKm), geodesic: km(profile.geodesicKm) })));
    }
    if (profile.circuity != null) {
      facts.append(el('dt', t('corridors.circuity')), el('dd', t('corridors.circuityText',
        { value: Number(profile.circuity).toFixed(2) })));
    }
    body.append(facts);
    body.append(lengthTable(t('corridors.byCountry'), profile.lengthKmByCountry, (k) => t(`country.${k}`)));
    body.append(lengthTable(t('corridors.byMode'), profile.lengthKmByMode, (k) => t(`mode.${k}`)));
    body.append(lengthTable(t('corridors.byGauge'), profile.lengthKmByGauge, (k) => t(`gauge.${k}`)));
    body.append(el('h4', t('corridors.crossings', { count: (profile.crossings || []).length })));
    body.append(idButtons(profile.crossings || [], select, names));
    body.append(el('h4', t('corridors.gaugeBreaks', { count: (profile.gaugeBreaks || []).length })));
    body.append(gaugeBreakList(profile.gaugeBreaks || [], select, names));
    if ((profile.gaps || []).length) {
      body.append(el('h4', t('corridors.gaps')));
      const gaps = el('ul');
      for (const gap of profile.gaps) gaps.append(el('li', gap));
      body.append(gaps);
    }
  }
  body.append(el('h4', t('corridors.features')));
  body.append(idButtons(corridor.featureIds || [], select, names));
  for (const series of corridor.trade || []) body.append(tradeChart(series));
}

export function initCorridors({ map, state, linkedView }) {
  const select = document.getElementById('corridor-select');
  const body = document.getElementById('corridor-body');
  map.createPane('corridor').style.zIndex = 390;
  let highlight = null;
  let token = 0;
  // A corridor in a link that names no view is shown whole.
  let fitNext = !linkedView;
  const chooseFeature = (id) => state.set({ feature: id });

  api.corridors().then(({ corridors }) => {
    for (const corridor of corridors) {
      const option = el('option', localName(corridor));
      option.value = corridor.id;
      select.append(option);
    }
    select.value = state.get().corridor || '';
  }).catch((error) => body.replaceChildren(el('p', t('corridors.unavailable', { error: error.message }), 'error')));

  select.addEventListener('change', () => {
    fitNext = true;
    state.set({ corridor: select.value || null });
  });

  async function show() {
    const id = state.get().corridor;
    const mine = ++token;
    const fit = fitNext;
    fitNext = false;
    if (select.value !== (id || '')) select.value = id || '';
    if (highlight) highlight.remove();
    highlight = null;
    if (!id) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(el('p', t('common.loading'), 'hint'));
    try {
      const collection = await api.corridor(id);
      if (mine !== token) return;
      highlight = L.geoJSON(collection, {
        pane: 'corridor', interactive: false,
        style: { color: '#ff006e', weight: 9, opacity: 0.45, fillOpacity: 0.1 },
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { pane: 'corridor', radius: 12, color: '#ff006e',
          weight: 4, fill: false, interactive: false }),
      }).addTo(map);
      if (fit && highlight.getBounds().isValid()) map.fitBounds(highlight.getBounds(), { padding: [30, 30] });
      renderProfile(body, collection, chooseFeature);
      nameFeatureButtons(body);
    } catch (error) {
      if (mine === token) {
        body.replaceChildren(el('p', t('corridors.error', { id, error: error.message }), 'error'));
      }
    }
  }

  state.subscribe((current, changed) => {
    if (changed.has('corridor')) show();
  });
  show();
}
