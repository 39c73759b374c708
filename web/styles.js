// How each layer, gauge and status looks: one table shared by the map and its legend.

export const LAYER_INFO = {
  zones: { title: 'Economic zones', color: '#e76f51' },
  railways: { title: 'Railways', color: '#1b4f9c' },
  roads: { title: 'Roads', color: '#e07b00' },
  pipelines: { title: 'Pipelines', color: '#6b4f2a' },
  'sea-lanes': { title: 'Sea lanes', color: '#2b7bb9' },
  crossings: { title: 'Border crossings', color: '#2a9d3f' },
  ports: { title: 'Ports', color: '#0a5f8a' },
  mines: { title: 'Mines', color: '#7f5539' },
  facilities: { title: 'Facilities', color: '#6a4c93' },
  events: { title: 'Events', color: '#f2b705' },
};

const GAUGE_COLORS = { 1435: '#1b4f9c', 1520: '#b5179e', dual: '#2a9d8f' };
export const GAUGE_TITLES = { 1435: 'Standard gauge 1435 mm', 1520: 'Russian gauge 1520 mm', dual: 'Dual gauge' };

const STATUS_COLORS = {
  open: '#2a9d3f', restricted: '#f3722c', closed: '#d62828', planned: '#8d99ae', 'under-construction': '#8d99ae',
  abandoned: '#666666',
};
export const STATUS_TITLES = {
  open: 'Open', restricted: 'Restricted', closed: 'Closed', planned: 'Planned', 'under-construction':
    'Under construction', abandoned: 'Abandoned',
};

// The status of a line shows in its dash pattern, so its colour stays free for gauge or road class.
const LINE_DASH = { open: null, restricted: '12 5', closed: '3 6', planned: '8 8', 'under-construction': '8 8',
  abandoned: '1 6' };
const ROAD_WEIGHT = { expressway: 4, trunk: 3, primary: 2.5, secondary: 2 };

function lineColor(layer, props) {
  if (layer === 'railways') return GAUGE_COLORS[props.gauge] || LAYER_INFO.railways.color;
  return LAYER_INFO[layer].color;
}

/** Leaflet path options for a line or polygon feature with a given status (null: not shown on that date). */
export function pathStyle(layer, props, status, zoom) {
  const faded = status === 'abandoned' || status === 'planned' || status === 'under-construction';
  if (layer === 'zones' || layer === 'mines' || layer === 'facilities') {
    const color = LAYER_INFO[layer].color;
    return { color, weight: 1.5, opacity: faded ? 0.5 : 0.9, fillColor: color, fillOpacity: faded ? 0.08 : 0.2,
      dashArray: LINE_DASH[status] };
  }
  let weight = layer === 'roads' ? (ROAD_WEIGHT[props.class] || 2) : layer === 'railways' ? 3.5 : 2.5;
  if (zoom < 7) weight = Math.max(1.5, weight - 1);
  return { color: status === 'abandoned' ? '#888888' : lineColor(layer, props), weight,
    opacity: faded ? 0.55 : status === 'closed' ? 0.75 : 0.95, dashArray: LINE_DASH[status], lineCap: 'butt' };
}

/** Options of the circle marker of a point feature. */
export function pointStyle(layer, props, status, zoom) {
  const statusColor = STATUS_COLORS[status] || '#999999';
  const small = zoom < 7;
  if (layer === 'crossings') {
    return { radius: small ? 5 : 7, fillColor: statusColor, fillOpacity: 1, color: '#ffffff', weight: 2,
      dashArray: null };
  }
  const radius = (layer === 'ports' ? 6 : layer === 'events' ? 4.5 : 5) - (small ? 1.5 : 0);
  const fillColor = layer === 'ports' && props.kind === 'river' ? '#48a9d6' : LAYER_INFO[layer].color;
  const open = status === 'open';
  // Events wear a dark ring so that they never read as a (restricted, orange) crossing.
  const ring = layer === 'events' ? '#3a2e00' : '#ffffff';
  return { radius, fillColor, fillOpacity: status === 'abandoned' ? 0.35 : 0.95,
    color: open ? ring : statusColor, weight: open ? 1.5 : 2.5,
    dashArray: status === 'planned' || status === 'under-construction' ? '3 3' : null };
}

/**
 * Beyond this a straight segment of a railway or road is schematic: no sourced place is known between its ends, so
 * its real course there is not drawn (the server's validate names the same segments, with the same threshold).
 */
export const SCHEMATIC_METERS = 15000;

/** The schematic segments of a line geometry, as Leaflet lat/lng pairs, with their total length in metres. */
export function schematicStretches(geometry) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates]
    : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  const segments = [];
  let meters = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) {
      const a = L.latLng(line[i - 1][1], line[i - 1][0]);
      const b = L.latLng(line[i][1], line[i][0]);
      const length = a.distanceTo(b);
      if (length > SCHEMATIC_METERS) {
        segments.push([a, b]);
        meters += length;
      }
    }
  }
  return { segments, meters };
}

/** A thin light core drawn over a schematic segment, so that it reads as hollow next to the sourced course. */
export function schematicStyle(lineStyle) {
  return { color: '#ffffff', weight: Math.max(1, lineStyle.weight * 0.4), opacity: 0.95, dashArray: null,
    lineCap: 'butt', interactive: false };
}

