// The only module that talks to the server. Every function returns parsed JSON or throws an ApiError whose
// message is the server's problem+json detail, ready to show to a person.
import { layerOf } from './registry.js';

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The layer a feature id belongs to (the registry's id prefixes); null when it has none of them. */
export { layerOf };

// Replicas reload new data one after another, so one page could get answers of two data versions. The page keeps
// the version of its first answer; an answer of another makes it load itself again, at most once a minute (a
// cache still holding an older answer must not make it reload in a loop).
let pageDataVersion = null;

function checkDataVersion(response) {
  const version = response.headers.get('X-Data-Version');
  if (!version || version === pageDataVersion) return;
  if (pageDataVersion === null) {
    pageDataVersion = version;
    return;
  }
  try {
    const last = Number(sessionStorage.getItem('atlas-data-reload') || 0);
    if (Date.now() - last < 60000) return;
    sessionStorage.setItem('atlas-data-reload', String(Date.now()));
  } catch {
    return; // no storage (a sandboxed frame): keep the page rather than risk a loop
  }
  location.reload();
}

async function getJson(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  checkDataVersion(response);
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new ApiError(response.status, detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));

// One download per layer for the whole page: the map draws it and the panels look feature names up in it. It holds
// only what maps draw (GET /api/layers/{id}: names, status timeline, style properties); the feature panel reads a
// feature's sources and notes from its OGC item.
const layerCache = new Map();

/** Every feature of a layer as maps draw it (a shared promise; a failed download is forgotten, so a later call retries). */
export function layerItems(layer) {
  if (!layerCache.has(layer)) {
    const loading = getJson(`/api/layers/${encodeURIComponent(layer)}`);
    loading.catch(() => layerCache.delete(layer));
    layerCache.set(layer, loading);
  }
  return layerCache.get(layer);
}

export function itemUrl(id, format) {
  const base = `/ogcapi/collections/${layerOf(id)}/items/${encodeURIComponent(id)}`;
  return format ? `${base}?f=${format}` : base;
}

export const feature = (id) => getJson(itemUrl(id));

/** The layer registry and style table: what every map builds from. */
export const layers = () => getJson('/api/layers');

/** The interface strings of a language. */
export const messages = (lang) => getJson(`/i18n/${encodeURIComponent(lang)}.json`);

export const basemap = (name) => getJson(`/api/basemap/${name}`);

export const search = (text, signal) => getJson(`/api/search?${query({ q: text, limit: 8 })}`, signal);

export const corridors = () => getJson('/api/corridors');

export const corridor = (id) => getJson(`/api/corridors/${encodeURIComponent(id)}`);

export const events = (from, to, signal) => getJson(`/api/events?${query({ from, to })}`, signal);

function routeQuery(route, asOf, format) {
  return query({
    from: route.from, to: route.to, via: route.via, modes: route.modes.join(','), avoid: route.avoid.join(','),
    asOf, optimize: route.optimize, alternatives: route.alt, f: format,
  });
}

export const routes = (route, asOf, signal) => getJson(`/api/routes?${routeQuery(route, asOf)}`, signal);

/** Download link of a route in another format: geojson, gpx or kml. */
export const routeUrl = (route, asOf, format) => `/api/routes?${routeQuery(route, asOf, format)}`;
