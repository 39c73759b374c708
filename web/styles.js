// How each layer, gauge and status looks, by the rules of Java's render/MapStyle over the one style table
// (web/styles.json, served by GET /api/layers): the map and its legend read it here; a test holds both sides equal.
import { styleTable } from './registry.js';

const FAMILY_OF = { Point: 'point', MultiPoint: 'point', LineString: 'line', MultiLineString: 'line',
  Polygon: 'area', MultiPolygon: 'area' };

/** The family a GeoJSON geometry type is drawn as: point, line or area. */
export const familyOf = (geometryType) => FAMILY_OF[geometryType];

export const layerColor = (layerId) => styleTable().layers[layerId].color;

/** Whether a status is drawn lighter and under what works (planned, under construction, abandoned). */
export const isFaded = (status) => Boolean(styleTable().statuses[status]?.faded);

/** Whether straight stretches with no sourced place between their ends are drawn hollow on this layer. */
export const showsSchematic = (layerId) => Boolean(styleTable().layers[layerId]?.schematic);

const pick = (own, defaults, key) => (own[key] !== undefined ? own[key] : defaults[key]);

/**
 * The symbol of a feature of a layer drawn as a family (point, line, area) with a status at a zoom: stroke,
 * strokeOpacity, width, dash (array or null), fill (or null), fillOpacity, radius. props null: the layer's own.
 */
export function symbol(layerId, props, family, status, zoom, variant) {
  const table = styleTable();
  const layerStyle = table.layers[layerId];
  const defaults = table.defaults[family];
  const own = layerStyle[family] || {};
  const state = table.statuses[status];
  let color = layerStyle.color;
  let lineWidth = pick(own, defaults, 'width');
  for (const [property, values] of Object.entries(layerStyle.by || {})) {
    const value = props ? values[props[property]] : undefined;
    if (value && value.color) color = value.color;
    if (value && value.width !== undefined) lineWidth = value.width;
  }
  const small = zoom < table.smallBelowZoom;
  let out;
  if (family === 'line') {
    const width = small ? Math.max(defaults.minWidth, lineWidth - defaults.smallWidthLoss) : lineWidth;
    out = { stroke: state.lineColor || color, strokeOpacity: state.lineOpacity, width, dash: state.dash || null,
      fill: null, fillOpacity: 0, radius: 0 };
  } else if (family === 'area') {
    out = { stroke: color, strokeOpacity: state.areaOpacity, width: lineWidth, dash: state.dash || null, fill: color,
      fillOpacity: state.areaFillOpacity, radius: 0 };
  } else {
    const radius = pick(own, defaults, small ? 'smallRadius' : 'radius');
    const fill = own.fill === 'status' ? state.color : color;
    const fillOpacity = own.fillOpacity !== undefined ? own.fillOpacity : state.pointFillOpacity;
    const ring = own.ring || defaults.ring;
    if (own.ringShowsStatus === false) {
      out = { stroke: ring, strokeOpacity: 1, width: pick(own, defaults, 'ringWidth'), dash: null, fill, fillOpacity,
        radius };
    } else {
      const plain = Boolean(state.plainRing);
      out = { stroke: plain ? ring : state.color, strokeOpacity: 1,
        width: pick(own, defaults, plain ? 'ringWidth' : 'statusRingWidth'), dash: state.ringDash || null, fill,
        fillOpacity, radius };
    }
  }
  const scale = variant && table.variants[variant] ? table.variants[variant].opacityScale : 1;
  if (scale !== 1) {
    out.strokeOpacity *= scale;
    out.fillOpacity *= scale;
  }
  return out;
}

/** Leaflet path options (circle markers included) of a symbol. */
export function leafletStyle(layerId, props, family, status, zoom, variant) {
  const s = symbol(layerId, props, family, status, zoom, variant);
  const style = { color: s.stroke, opacity: s.strokeOpacity, weight: s.width, dashArray: s.dash ? s.dash.join(' ') : null,
    fill: s.fill !== null, fillColor: s.fill, fillOpacity: s.fillOpacity, lineCap: 'butt' };
  if (family === 'point') style.radius = s.radius;
  return style;
}

/** The Leaflet style of a GeoJSON feature of a layer with a status. */
export const featureStyle = (layerId, feature, status, zoom, variant) => leafletStyle(layerId, feature.properties,
  familyOf(feature.geometry.type), status, zoom, variant);

/** The highlight of a chosen corridor, route or feature: a broad line, a ring for points. */
export function highlightStyle() {
  const h = styleTable().highlight;
  return { line: { color: h.color, weight: h.width, opacity: h.opacity, fillOpacity: h.fillOpacity, fillColor: h.color },
    ring: { radius: h.ringRadius, color: h.color, weight: h.ringWidth, opacity: 1, fill: false } };
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
  const core = styleTable().schematic;
  return { color: core.color, weight: Math.max(core.minWidth, lineStyle.weight * core.widthShare),
    opacity: core.opacity, dashArray: null, lineCap: 'butt', interactive: false };
}
