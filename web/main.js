// Wires the page: the map's frame first, then the layer registry and messages, one state, one module per panel.
// Panels talk only through the state.
import * as api from './api.js';
import { browserLanguage, currentLanguage, languageInHash, loadMessages, t, translatePage } from './i18n.js';
import { setRegistry } from './registry.js';
import { createState, parseHash } from './state.js';
import { BASEMAP_ATTRIBUTION, drawBasemap, initLayers } from './layers.js';
import { afterPaint, yieldToBrowser } from './dom.js';
import { initFeature } from './feature.js';
import { initCorridors } from './corridors.js';
import { initTimeline } from './timeline.js';
import { initRoutes } from './routes.js';
import { initSearch } from './search.js';
import { initMeasure } from './measure.js';
import { initShare } from './share.js';
import { initPlaces } from './places.js';

// The region of the atlas (the Natural Earth clip of geodata/basemap) with some room around it.
const REGION = [[34, 115], [49, 139]];

function initTabs(state) {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  function select(tab, focus) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) tab.focus();
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(tabs[(index + step + tabs.length) % tabs.length], true);
    });
  });
  const byKey = { feature: 'tab-feature', corridor: 'tab-corridors', route: 'tab-routes' };
  const show = (key) => select(document.getElementById(byKey[key]), false);
  // The panel of whatever was just chosen comes to the front; on load, the most specific selection does.
  state.subscribe((current, changed) => {
    for (const key of ['feature', 'route', 'corridor']) {
      if (changed.has(key) && current[key]) {
        show(key);
        return;
      }
    }
  });
  const initial = state.get();
  const first = ['feature', 'route', 'corridor'].find((key) => initial[key]);
  if (first) show(first);
}

// Every text of the page and the map's labels follow the language: a change reloads the page in it (rare, and
// simpler than redrawing every panel).
function initLanguage(state) {
  const select = document.getElementById('language');
  select.value = currentLanguage();
  select.addEventListener('change', () => state.set({ lang: select.value }));
  state.subscribe((current, changed) => {
    if (changed.has('lang') && (current.lang || browserLanguage()) !== currentLanguage()) window.location.reload();
  });
}

/** The map's frame, its controls and credits: drawn before any data has come, so the first paint shows the map. */
function createMap(view, linkedView) {
  const container = document.getElementById('map');
  // The default view is for a desktop window; a phone sees the whole region one zoom level out.
  const zoom = !linkedView && container.clientWidth < 700 ? view.zoom - 1 : view.zoom;
  const map = L.map(container, { center: [view.lat, view.lon], zoom, minZoom: 5, maxZoom: 14,
    maxBounds: REGION, maxBoundsViscosity: 0.8, keyboard: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="noopener">Leaflet</a>');
  map.attributionControl.addAttribution(BASEMAP_ATTRIBUTION);
  L.control.scale({ imperial: false }).addTo(map);
  // Leaflet measures its frame only on window resizes; panels and the timeline can change it too.
  new ResizeObserver(() => map.invalidateSize()).observe(container);
  return map;
}

/** Ties the map's view to the state, both ways. */
function bindMap(map, state) {
  map.getContainer().setAttribute('aria-label', t('map.label'));
  const viewOf = () => {
    const center = map.getCenter();
    return { zoom: map.getZoom(), lat: center.lat, lon: center.lng };
  };
  map.on('moveend', () => state.set({ map: viewOf() }, { history: 'replace' }));
  state.subscribe((current, changed, origin) => {
    if (changed.has('map') && origin === 'history') {
      map.setView([current.map.lat, current.map.lon], current.map.zoom, { animate: false });
    }
  });
  // A phone's map opened a level further out than the state's default view. (Otherwise the state keeps the view
  // as written: the map's centre, read back, is only as exact as its pixels.)
  if (map.getZoom() !== state.get().map.zoom) state.set({ map: viewOf() }, { history: 'replace' });
}

// Read before the state writes its canonical hash, which always names a view.
const linkedView = /(^#|&)map=/.test(window.location.hash);
const map = createMap(parseHash(window.location.hash).map, linkedView);
// The language of the link, else the browser's; the server wrote the page in English. The map's data is asked for
// once the frame is on the screen, so that nothing holds back its first paint.
const [registry] = await Promise.all([api.layers(),
  loadMessages(languageInHash(window.location.hash) || browserLanguage()), afterPaint()]);
setRegistry(registry);
translatePage();
const state = createState();
bindMap(map, state);
await yieldToBrowser();
const basemap = drawBasemap(map);
const places = initPlaces({ map, state, basemap });
const context = { map, state, linkedView, places, basemap };
const layers = initLayers(context);
// The panels one by one, each in a task of its own: the map goes on loading and drawing, and a tap is answered
// between them.
for (const init of [initFeature, initCorridors, initTimeline, initRoutes, initSearch, initMeasure]) {
  await yieldToBrowser();
  init(context);
}
await yieldToBrowser();
initTabs(state);
initShare(state);
initLanguage(state);
layers.ready.then(() => {
  // A mark for performance tools (how long until the map is drawn) and an attribute for browser tests to wait on.
  performance.mark('atlas-ready');
  document.body.dataset.ready = 'true';
});
