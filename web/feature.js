// Feature panel: everything the atlas holds about one feature, with its sources, read from the OGC API item.
import * as api from './api.js';
import { el, featureButton } from './dom.js';
import { nameFeatureButtons } from './names.js';
import { routeWithDefaults, today } from './state.js';
import { dateText, layerTitle, localName, t } from './i18n.js';
import { layerById } from './registry.js';
import { confirmationOn, isStale, periodOn } from './status.js';
import { schematicStretches, showsSchematic } from './styles.js';

// Properties shown by the panel's own sections, or too internal to list among the details.
const OWN_SECTIONS = new Set(['name', 'names', 'aliases', 'status', 'sources', 'confidence', 'confidenceNote',
  'description', 'layer']);

function badge(status) {
  return el('span', status ? t(`status.${status}`) : t('feature.notPresent'), `status-badge status-${status || 'none'}`);
}

// "relatedFeatures" → "Related features", "areaKm2" → "Area (km²)".
function humanise(key) {
  return key.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, (c) => c.toUpperCase())
    .replace(/ km2$/, ' (km²)').replace(/^Wpi /, 'World Port Index: ').replace(/ (m|km)$/, ' ($1)');
}

function valueText(key, value) {
  if (Array.isArray(value)) return value.map((v) => valueText(key, v)).join(', ');
  if (typeof value === 'boolean') return value ? t('feature.yes') : t('feature.no');
  if (value && typeof value === 'object') return JSON.stringify(value);
  if ((key === 'country' || key === 'countries') && /^[A-Z]{3}$/.test(value)) return `${t(`country.${value}`)} (${value})`;
  if (key === 'gauge' || key === 'gauges') return value === 'dual' ? 'dual (1435/1520)' : `${value} mm`;
  return String(value);
}

function sourceItem(source, index) {
  const item = el('li');
  item.id = `feature-source-${index}`;
  const title = source.url ? el('a', source.title) : el('cite', source.title);
  if (source.url) {
    title.href = source.url;
    title.target = '_blank';
    title.rel = 'noopener noreferrer';
  }
  item.append(title);
  const meta = [source.publisher, source.date, source.article ? t('feature.sourceArticle', { article: source.article }) : null]
    .filter(Boolean).join(', ');
  item.append(el('span', ` — ${meta}`, 'small'));
  return item;
}

function render(body, feature, state, select) {
  const props = feature.properties;
  const date = state.get().asOf || today();
  const current = periodOn(props.status, date);
  body.replaceChildren();

  const heading = el('h2', localName(props));
  heading.id = 'feature-name';
  heading.tabIndex = -1;
  body.append(heading);
  const status = el('p');
  status.id = 'feature-status';
  const layerId = props.layer || api.layerOf(feature.id);
  if (layerById(layerId)?.dateProperty) {
    // An event happened on its date: a status read on the timeline's date would only say whether that is the day.
    status.append(el('span', t('feature.event'), 'status-badge status-event'),
      el('span', t('feature.eventOf', { date: props[layerById(layerId).dateProperty] }), 'small'));
  } else {
    status.append(badge(current && current.status), el('span', t('feature.onDate', { date }), 'small'));
    const confirmed = confirmationOn(props, date);
    if (confirmed) {
      // "closed — last confirmed Aug 2023": how fresh the newest source for the current status is.
      const stale = isStale(props, date, today());
      const line = el('span', t('feature.lastConfirmed', { date: dateText(confirmed) })
        + (stale ? t('feature.stale') : ''), stale ? 'small stale' : 'small');
      line.id = 'feature-confirmed';
      status.append(line);
    }
  }
  body.append(status);

  const names = el('dl', null, 'names');
  names.id = 'feature-names';
  for (const [lang, name] of Object.entries(props.names || {})) {
    names.append(el('dt', t(`script.${lang}`)));
    const dd = el('dd', name);
    dd.lang = lang;
    names.append(dd);
  }
  if ((props.aliases || []).length) {
    names.append(el('dt', t('feature.also')));
    names.append(el('dd', props.aliases.join(' · ')));
  }
  body.append(names);

  if (props.description) {
    const description = el('p', props.description);
    description.id = 'feature-description';
    body.append(description);
  }

  const details = el('dl');
  details.id = 'feature-details';
  details.append(el('dt', t('feature.layer')), el('dd', layerTitle(layerId)));
  for (const [key, value] of Object.entries(props)) {
    if (OWN_SECTIONS.has(key) || value == null || (Array.isArray(value) && value.length === 0)) continue;
    // A list of feature ids (related features, a crossing's ports) becomes buttons that open them.
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && api.layerOf(v))) {
      const dd = el('dd');
      for (const id of value) dd.append(featureButton(id, null, select), ' ');
      details.append(el('dt', humanise(key)), dd);
    } else {
      details.append(el('dt', humanise(key)), el('dd', valueText(key, value)));
    }
  }
  details.append(el('dt', t('feature.confidence')), el('dd', props.confidence + (props.confidenceNote ? ` — ${props.confidenceNote}` : '')));
  details.lastChild.id = 'feature-confidence';
  if (showsSchematic(layerId)) {
    const { segments, meters } = schematicStretches(feature.geometry);
    if (segments.length > 0) {
      const dd = el('dd', t(segments.length === 1 ? 'feature.schematicText.one' : 'feature.schematicText',
        { count: segments.length, km: Math.round(meters / 1000) }));
      dd.id = 'feature-schematic';
      details.append(el('dt', t('feature.schematic')), dd);
    }
  }
  body.append(details);

  const timeline = el('ol', null, 'timeline-list');
  timeline.id = 'feature-timeline';
  for (const period of props.status || []) {
    const item = el('li');
    if (period === current) item.className = 'current';
    item.append(badge(period.status), ` ${period.from ?? '…'} → ${period.to ?? t('feature.now')}`);
    if (period.confirmed) item.append(t('feature.lastConfirmed', { date: dateText(period.confirmed) }));
    if (period.note) item.append(el('div', period.note, 'small'));
    if ((period.sources || []).length) {
      item.append(el('div', t('feature.periodSources', { list: period.sources.map((i) => `[${i + 1}]`).join(' ') }),
        'small'));
    }
    timeline.append(item);
  }
  if (timeline.children.length) body.append(el('h3', t('feature.timeline')), timeline);

  body.append(el('h3', t('feature.sources')));
  const sources = el('ol', null, 'sources');
  sources.id = 'feature-sources';
  (props.sources || []).forEach((source, index) => sources.append(sourceItem(source, index)));
  body.append(sources);

  const actions = el('div', null, 'actions');
  const ogc = el('a', t('feature.ogcItem'));
  ogc.id = 'feature-ogc-link';
  ogc.href = api.itemUrl(feature.id, 'html');
  const json = el('a', 'GeoJSON');
  json.href = api.itemUrl(feature.id, 'json');
  const from = el('button', t('feature.routeFrom'));
  from.type = 'button';
  from.id = 'feature-route-from';
  const to = el('button', t('feature.routeTo'));
  to.type = 'button';
  to.id = 'feature-route-to';
  const routeEnd = (end) => () => {
    const route = state.get().route || { from: '', to: '' };
    state.set({ route: routeWithDefaults({ ...route, [end]: feature.id }) });
  };
  from.addEventListener('click', routeEnd('from'));
  to.addEventListener('click', routeEnd('to'));
  actions.append(ogc, json, from, to);
  const route = state.get().route;
  if (route && !route.avoid.includes(feature.id)) {
    // Re-plans the current route as if this crossing, line or port were not there.
    const avoid = el('button', t('feature.avoid'));
    avoid.type = 'button';
    avoid.id = 'feature-route-avoid';
    avoid.addEventListener('click', () => state.set({ route: { ...route, avoid: [...route.avoid, feature.id] } }));
    actions.append(avoid);
  }
  body.append(actions);
}

export function initFeature({ state }) {
  const body = document.getElementById('feature-body');
  let shown = null;
  let token = 0;
  const select = (id) => state.set({ feature: id });

  async function show(chosen) {
    const id = state.get().feature;
    const mine = ++token;
    if (!id) {
      shown = null;
      body.replaceChildren(el('p', t('feature.hint'), 'hint'));
      return;
    }
    try {
      const feature = shown && shown.id === id ? shown : await api.feature(id);
      if (mine !== token) return;
      shown = feature;
      // Chosen from a list in a panel that has just been hidden, focus would fall back to the page: it goes to the
      // feature's name instead, so that a keyboard user reads on from where they chose.
      const active = document.activeElement;
      const focusLost = chosen
        && (!active || active === document.body || active.closest('[hidden]') || body.contains(active));
      render(body, feature, state, select);
      if (focusLost && !body.closest('[hidden]')) document.getElementById('feature-name').focus();
      nameFeatureButtons(body);
    } catch (error) {
      if (mine !== token) return;
      body.replaceChildren(el('p', t('feature.error', { id, error: error.message }), 'error'));
    }
  }

  state.subscribe((current, changed, origin) => {
    if (changed.has('feature') || changed.has('asOf') || changed.has('route')) {
      show(origin === 'user' && changed.has('feature'));
    }
  });
  show(false);
}
