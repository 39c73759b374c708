// Feature buttons made from bare ids (related events, route blockers) get the feature's name once the layer holding
// it is loaded; a button whose feature is not found keeps its id.
import * as api from './api.js';
import { localName } from './i18n.js';

/** Renames every feature button under `container` still labelled with its id. */
export async function nameFeatureButtons(container) {
  const buttons = [...container.querySelectorAll('button[data-id]')].filter((b) => b.textContent === b.dataset.id);
  const layers = new Set(buttons.map((b) => api.layerOf(b.dataset.id)).filter(Boolean));
  const names = new Map();
  await Promise.all([...layers].map((layer) => api.layerItems(layer).then((collection) => {
    for (const feature of collection.features) names.set(feature.id, localName(feature.properties));
  }).catch(() => {
    // The id stays: better a raw id than no button at all.
  })));
  for (const button of buttons) {
    const name = names.get(button.dataset.id);
    if (name && button.textContent === button.dataset.id) {
      button.textContent = name;
      button.title = button.dataset.id;
    }
  }
}
