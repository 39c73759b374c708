// The layer registry and style table as GET /api/layers serves them (Java's LayerKind and web/styles.json): the
// one list of layers in the page. The app and the embed load it first; nothing else names the layers.

let registry = { layers: [], styles: {} };

/** Takes the answer of GET /api/layers. */
export function setRegistry(answer) {
  registry = answer;
}

/** Every layer in registry order (the order of the layer list and the legend). */
export const allLayers = () => registry.layers;

export const layerIds = () => registry.layers.map((layer) => layer.id);

/** A layer's registry entry, or undefined. */
export const layerById = (id) => registry.layers.find((layer) => layer.id === id);

/** The ids of the layers a map shows when the URL names none. */
export const defaultLayerIds = () => registry.layers.filter((layer) => layer.defaultVisible).map((layer) => layer.id);

export const styleTable = () => registry.styles;

/** The layer a feature id belongs to, from its prefix (geodata/SCHEMA.md); null when it has none of them. */
export function layerOf(featureId) {
  const prefix = String(featureId).split('-')[0];
  const found = registry.layers.find((layer) => layer.idPrefix === prefix);
  return found ? found.id : null;
}
