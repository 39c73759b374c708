// The one shared state of the page, mirrored in the URL hash so that every view is a permalink.
// Panels read it and change it through set(); they never talk to each other directly.

import { LANGUAGES } from './i18n.js';
import { defaultLayerIds, layerIds } from './registry.js';

const DEFAULT_VIEW = { zoom: 7, lat: 41.2, lon: 127.4 };
const ROUTE_DEFAULTS = { via: '', modes: ['rail', 'road', 'sea'], avoid: [], optimize: 'time', alt: 0 };

function defaults() {
  return { map: { ...DEFAULT_VIEW }, layers: defaultLayerIds(), osm: false, asOf: null, feature: null,
    corridor: null, route: null, lang: null };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Values of the hash are percent-encoded one by one, so a list can keep its plain commas and a route end such as
// "124.39,40.11" (lon,lat) survives as one item.
const enc = (value) => encodeURIComponent(value);
const list = (raw) => (raw ? raw.split(',').map((part) => decodeURIComponent(part)).filter((s) => s !== '') : []);

/** Reads a hash such as "#map=7/41.90/129.60&layers=railways,crossings&asOf=2021-06-01"; unknown keys are ignored. */
export function parseHash(hash) {
  const state = defaults();
  const params = new Map();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) params.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const view = (params.get('map') || '').split('/').map(Number);
  if (view.length === 3 && view.every(Number.isFinite)) {
    state.map = { zoom: view[0], lat: view[1], lon: view[2] };
  }
  if (params.has('layers')) state.layers = list(params.get('layers')).filter((id) => layerIds().includes(id));
  state.osm = params.get('base') === 'osm';
  // The language chosen in the link; none means the browser's (web/i18n.js).
  if (LANGUAGES.includes(params.get('lang'))) state.lang = params.get('lang');
  const asOf = params.get('asOf');
  if (asOf && ISO_DATE.test(asOf)) state.asOf = asOf;
  const feature = params.get('feature');
  if (feature && SLUG.test(feature)) state.feature = feature;
  const corridor = params.get('corridor');
  if (corridor && SLUG.test(corridor)) state.corridor = corridor;
  const ends = list(params.get('route'));
  if (ends.length === 2) {
    const alt = Number(params.get('alt'));
    state.route = {
      from: ends[0], to: ends[1],
      via: decodeURIComponent(params.get('via') || ''),
      modes: params.has('modes') ? list(params.get('modes')) : [...ROUTE_DEFAULTS.modes],
      avoid: list(params.get('avoid')),
      optimize: params.get('optimize') === 'distance' ? 'distance' : 'time',
      alt: Number.isInteger(alt) && alt >= 0 && alt <= 5 ? alt : 0,
    };
  }
  return state;
}

function viewPart(map) {
  const digits = map.zoom >= 11 ? 5 : 4;
  return `${map.zoom}/${map.lat.toFixed(digits)}/${map.lon.toFixed(digits)}`;
}

/** Writes the state as a hash, keys always in the same order so equal states give equal URLs. */
export function formatHash(state) {
  const parts = [`map=${viewPart(state.map)}`, `layers=${state.layers.map(enc).join(',')}`];
  if (state.osm) parts.push('base=osm');
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.asOf) parts.push(`asOf=${state.asOf}`);
  if (state.feature) parts.push(`feature=${enc(state.feature)}`);
  if (state.corridor) parts.push(`corridor=${enc(state.corridor)}`);
  const route = state.route;
  if (route) {
    parts.push(`route=${enc(route.from)},${enc(route.to)}`);
    if (route.via) parts.push(`via=${enc(route.via)}`);
    if (route.modes.join() !== ROUTE_DEFAULTS.modes.join()) parts.push(`modes=${route.modes.map(enc).join(',')}`);
    if (route.avoid.length) parts.push(`avoid=${route.avoid.map(enc).join(',')}`);
    if (route.optimize !== ROUTE_DEFAULTS.optimize) parts.push(`optimize=${route.optimize}`);
    if (route.alt) parts.push(`alt=${route.alt}`);
  }
  return '#' + parts.join('&');
}

/** A route request with every option filled in, from a partial one. */
export function routeWithDefaults(route) {
  return { ...ROUTE_DEFAULTS, ...route };
}

/** Today as YYYY-MM-DD in UTC: the date the atlas shows when the URL names none. */
export function today() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Creates the state store bound to window.location. Listeners get (state, changedKeys, origin) where origin is
 * "user" for set() calls and "history" when back/forward or an edited URL changed it.
 */
export function createState() {
  let current = parseHash(window.location.hash);
  const listeners = [];
  const canonical = formatHash(current);
  if (window.location.hash !== canonical) history.replaceState(null, '', canonical);

  function changedKeys(before, after) {
    return Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  }

  function notify(changed, origin) {
    if (changed.length === 0) return;
    for (const listener of listeners) listener(current, new Set(changed), origin);
  }

  function fromLocation() {
    const next = parseHash(window.location.hash);
    const changed = changedKeys(current, next);
    current = next;
    notify(changed, 'history');
  }
  window.addEventListener('popstate', fromLocation);
  window.addEventListener('hashchange', fromLocation);

  return {
    get: () => current,
    /** Merges a patch; history "push" makes a back-button step, "replace" (map moves, slider drags) does not. */
    set(patch, { history: mode = 'push' } = {}) {
      const next = { ...current, ...patch };
      const changed = changedKeys(current, next);
      if (changed.length === 0) return;
      current = next;
      const hash = formatHash(current);
      if (hash !== window.location.hash) {
        if (mode === 'replace') history.replaceState(null, '', hash);
        else history.pushState(null, '', hash);
      }
      notify(changed, 'user');
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
