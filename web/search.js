// Search box: find any place or feature by name, alias or native script, then select it and go there.
import { attachCombobox } from './combobox.js';

export function initSearch({ map, state }) {
  const input = document.getElementById('search-input');
  attachCombobox(input, document.getElementById('search-results'), (result) => {
    input.value = result.name;
    state.set({ feature: result.id });
    map.setView([result.lat, result.lon], Math.max(map.getZoom(), 9));
  }, { enterPicksFirst: true });
}
