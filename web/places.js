// Reference layers for orientation (geodata/basemap: places, rivers, lakes, admin-1 and sea names), drawn beneath the
// atlas layers in muted colours. Their labels never overlap each other or the atlas's own labels, thin out by zoom
// (capitals first, towns only zoomed in), and the places of the shown subject (the towns a chosen corridor, route or
// feature is named after or runs through) are always labelled. Loaded after the map is drawn: nothing waits on them.
import * as api from './api.js';
import { el, yieldToBrowser } from './dom.js';
import { labelWidth, localName, t } from './i18n.js';
import { styleTable } from './registry.js';

const REFERENCE = { river: '#8fb4d3', lake: '#bcd5ea' };
// The least important rank (1 capitals .. 6 small towns) labelled at a zoom: the density the data suggests.
const rankShownAt = (zoom) => (zoom >= 9 ? 6 : zoom >= 8 ? 5 : zoom >= 7 ? 4 : zoom >= 6 ? 3 : 2);
const LABEL_HEIGHT = 16;
// Country names at a point inside each country; they take part in the collision like every other name, placed
// right after the subject's towns (a town keeps its name, the country's moves aside).
const COUNTRY_LABELS = [['CHN', 43.9, 124.2], ['PRK', 40.0, 126.9], ['RUS', 44.6, 133.0], ['KOR', 37.3, 128.3]];

// "Rason (Rajin)", "Ji'an", "Nampo": compared without case, accents, spaces or punctuation.
const fold = (text) => String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^\p{L}\p{N}]/gu, '');

/** The place names a subject's name holds: "Dandong – Sinuiju – Pyongyang" or "Rason (Rajin) – Khasan". */
function nameParts(name) {
  return String(name || '').split(/\s*[–—/,;]\s*|\s+-\s+|\s+to\s+/).flatMap((part) => {
    const inner = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part);
    return inner ? [inner[1], inner[2]] : [part];
  }).map(fold).filter(Boolean);
}

// The fonts of style.css's .atlas-place-label classes; a place's name follows its 9 px dot.
const FONT = '"Noto Sans", "Noto Sans CJK KR", system-ui, sans-serif';
function width(kind, rank, text) {
  // .place-country: 600 13px, letter-spacing .25em (3.25 px a letter).
  if (kind === 'country') return labelWidth(text, `600 13px ${FONT}`) + 3.25 * [...text].length + 4;
  if (kind === 'region') return labelWidth(text.toUpperCase(), `10.5px ${FONT}`) + 0.84 * text.length + 4;
  if (kind === 'sea') return labelWidth(text, `italic 12px ${FONT}`) + 4;
  // Measured bold: a place becomes bold when it is the subject's.
  return labelWidth(text, `700 ${rank <= 2 ? 12.5 : 11.5}px ${FONT}`) + 4;
}

/** Whether a label is named at a zoom, unless it is the subject's: seas and countries always, towns by rank. */
const shownAt = (label, zoom) => label.kind === 'sea' || label.kind === 'country'
  || (label.kind === 'place' ? label.rank <= rankShownAt(zoom) : zoom >= 6 && zoom <= 9);

const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export function initPlaces({ map, state, basemap }) {
  map.createPane('place-labels').style.zIndex = 390;
  // The subject's places are named above the atlas's symbols, which crowd exactly there (a city's port, crossing and
  // station); every other name stays beneath them.
  map.createPane('subject-labels').style.zIndex = 640;
  for (const pane of ['place-labels', 'subject-labels']) map.getPane(pane).style.pointerEvents = 'none';

  const countries = COUNTRY_LABELS.map(([iso, lat, lon]) => {
    const text = t(`country.label.${iso}`);
    let measured = null;
    return { kind: 'country', feature: null, rank: 0, text, latLng: L.latLng(lat, lon),
      get width() {
        measured ??= width('country', 0, text);
        return measured;
      },
      keys: new Set(), marker: null };
  });
  let labels = countries;
  let subjectKeys = new Set();
  let subjectIds = new Set();
  let loaded = false;
  let lastOccupied = [];

  // Each label: its kind (place, region, sea), priority, anchor and text, and a Leaflet marker made when first shown.
  function makeLabels(places, admin1, seas) {
    const entry = (kind, feature, rank) => {
      const [lon, lat] = feature.geometry.coordinates;
      const text = localName(feature.properties);
      let measured = null;
      let folded = null;
      return { kind, feature, rank, text, latLng: L.latLng(lat, lon),
        // Measured when first placed: most towns are named only zoomed in.
        get width() {
          measured ??= width(kind, rank, text);
          return measured;
        },
        // Its names folded, for matching the subject's: made when a subject is first looked for.
        get keys() {
          folded ??= new Set([feature.properties.name, ...Object.values(feature.properties.names || {})].map(fold));
          return folded;
        },
        marker: null };
    };
    return [
      ...countries,
      ...seas.features.map((f) => entry('sea', f, 0)),
      ...places.features.map((f) => entry('place', f, f.properties.rank || 6)),
      ...admin1.features.map((f) => entry('region', f, f.properties.rank || 3)),
    ];
  }

  function isSubject(label) {
    if (label.kind !== 'place') return false;
    if ((label.feature.properties.namedIn || []).some((id) => subjectIds.has(id))) return true;
    return subjectKeys.size > 0 && [...label.keys].some((key) => subjectKeys.has(key));
  }

  // Where a name may sit, as the offset of its text's top-left from the point, best first: a place's name right of
  // its dot, else left, above, below or at a corner; region and sea names centred on their point; a country's name
  // centred, else moved a little aside.
  function offsets(label) {
    const w = label.width;
    if (label.kind === 'country') {
      return [[0, 0], [0, -22], [0, 22], [-w / 2, 0], [w / 2, 0], [0, -44], [0, 44], [-w / 2, -22], [w / 2, 22]]
        .map(([dx, dy]) => [dx - w / 2, dy - 8]);
    }
    if (label.kind !== 'place') return [[-w / 2, -8]];
    return [[5, -8], [-5 - w, -8], [-w / 2, -21], [-w / 2, 5], [4, -19], [4, 3], [-4 - w, -19], [-4 - w, 3]];
  }

  function box(label, offset = offsets(label)[0]) {
    const at = map.latLngToLayerPoint(label.latLng);
    const x1 = at.x + offset[0];
    const y1 = at.y + offset[1];
    return { x1, x2: x1 + label.width, y1, y2: y1 + LABEL_HEIGHT };
  }

  const dot = (label) => {
    const at = map.latLngToLayerPoint(label.latLng);
    return { x1: at.x - 4, x2: at.x + 4, y1: at.y - 4, y2: at.y + 4 };
  };

  const overlapArea = (a, b) => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1))
    * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

  // The first free position; a subject's place, always named, else takes the one least covered.
  function fit(label, taken, always) {
    let least = null;
    for (const offset of offsets(label)) {
      const b = box(label, offset);
      const covered = taken.reduce((sum, t) => sum + overlapArea(t, b), 0);
      if (covered === 0) return { offset, box: b };
      if (!least || covered < least.covered) least = { offset, box: b, covered };
    }
    return always ? least : null;
  }

  function marker(label, pane) {
    if (!label.marker) {
      const text = el('span', label.text, 'place-text');
      text.lang = document.documentElement.lang;
      const html = el('span');
      if (label.kind === 'place') html.append(el('i', null, 'place-dot'));
      html.append(text);
      label.marker = L.marker(label.latLng, { pane, interactive: false, keyboard: false,
        icon: L.divIcon({ html, className: `atlas-place-label place-${label.kind} place-rank-${label.rank}`,
          iconSize: null }) });
    }
    return label.marker;
  }

  /** The boxes of the subject's place labels: the atlas's labels keep clear of them. */
  function subjectBoxes() {
    return loaded ? labels.filter(isSubject).map((label) => box(label)) : [];
  }

  /** Places the labels that fit among the boxes already taken (the atlas's labels), most important first. */
  function update(occupied = lastOccupied) {
    lastOccupied = occupied;
    const zoom = map.getZoom();
    const taken = [...occupied];
    const subject = labels.filter(isSubject);
    // Country names first, then by kind and density: a town's name never hides under a country's.
    const others = labels.filter((label) => !isSubject(label) && shownAt(label, zoom));
    const shown = new Map();
    // The subject's places first, each on the side its symbols leave free; the atlas's labels already keep clear of
    // the right side (subjectBoxes).
    subject.forEach((label) => taken.push(dot(label)));
    for (const label of [...subject, ...others]) {
      const placed = fit(label, taken, subject.includes(label));
      if (!placed) continue;
      taken.push(placed.box);
      if (label.kind === 'place') taken.push(dot(label));
      shown.set(label, placed.offset);
    }
    for (const label of labels) {
      if (shown.has(label)) {
        const pane = isSubject(label) ? 'subject-labels' : 'place-labels';
        if (label.marker && label.marker.options.pane !== pane) {
          label.marker.remove();
          label.marker = null;
        }
        marker(label, pane).addTo(map);
        const element = label.marker.getElement();
        element?.classList.toggle('place-subject', isSubject(label));
        const text = element?.querySelector('.place-text');
        if (text) {
          text.style.left = `${shown.get(label)[0]}px`;
          text.style.top = `${shown.get(label)[1]}px`;
        }
      } else if (label.marker) {
        label.marker.remove();
      }
    }
  }

  async function findSubject() {
    const current = state.get();
    const keys = new Set();
    const ids = new Set();
    if (current.route) {
      for (const text of [current.route.from, current.route.to, ...String(current.route.via || '').split(';')]) {
        nameParts(text).forEach((key) => keys.add(key));
        ids.add(text);
      }
    }
    if (current.feature) ids.add(current.feature);
    if (current.corridor) {
      const corridor = await api.corridor(current.corridor).catch(() => null);
      if (corridor) {
        nameParts(corridor.corridor && corridor.corridor.name).forEach((key) => keys.add(key));
        corridor.features.forEach((f) => ids.add(f.id));
      }
    }
    subjectKeys = keys;
    subjectIds = ids;
  }

  async function load() {
    // On the basemap's canvas, drawn after (so above) its land, coast and borders.
    await basemap.drawn;
    const [places, admin1, seas, rivers, lakes, admin1Lines] = await Promise.all(['places', 'admin1', 'seas', 'rivers',
      'lakes', 'admin1-lines'].map((name) => api.basemap(name)));
    const base = styleTable().basemap;
    // Province boundaries: thin, light and finely dashed, unlike the national borders and the lines of the atlas.
    await basemap.draw(admin1Lines, { style: { color: base.admin1, weight: base.admin1Width,
      dashArray: base.admin1Dash.join(' '), fill: false } });
    await basemap.draw(lakes, { style: { stroke: false, fillColor: REFERENCE.lake, fillOpacity: 1 } });
    await basemap.draw(rivers, { style: (f) => ({ color: REFERENCE.river, weight: f.properties.rank <= 5 ? 1.6 : 1,
      fill: false }) });
    await yieldToBrowser();
    labels = makeLabels(places, admin1, seas);
    // Measuring a name is most of the work of placing it: the names of this view are measured a few at a time.
    const shownNow = labels.filter((label) => shownAt(label, map.getZoom()));
    for (let i = 0; i < shownNow.length; i += 12) {
      shownNow.slice(i, i + 12).forEach((label) => label.width);
      await yieldToBrowser();
    }
    await findSubject();
    loaded = true;
  }

  const ready = new Promise((resolve) => {
    // After the first paint of the atlas: the reference layers are for orientation, not for the first look.
    const start = () => load().catch(() => {}).then(resolve);
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1500 }); else setTimeout(start, 300);
  });

  state.subscribe(async (current, changed) => {
    if (changed.has('route') || changed.has('corridor') || changed.has('feature')) {
      await findSubject();
      changedSubject();
    }
  });
  let changedSubject = () => update();

  return {
    ready,
    subjectBoxes,
    update,
    /** Called when the subject changes, so that the atlas's labels can make room first. */
    onSubjectChange(callback) {
      changedSubject = callback;
    },
  };
}
