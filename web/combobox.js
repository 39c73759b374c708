// Search-as-you-type on a text input: suggestions from /api/search in an ARIA listbox, keyboard and mouse.
import * as api from './api.js';
import { el } from './dom.js';

/**
 * Attaches suggestions to an input. With enterPicksFirst, Enter takes the first suggestion when none is highlighted
 * (the search box); without it, Enter leaves the typed text for the form (a route end may be any place name).
 */
export function attachCombobox(input, listbox, onChoose, { enterPicksFirst = false } = {}) {
  let results = [];
  let active = -1;
  let controller = null;
  let timer = null;

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', listbox.children[index].id);
      listbox.children[index].scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(index) {
    const result = results[index];
    close();
    if (result) onChoose(result);
  }

  function render() {
    listbox.replaceChildren();
    results.forEach((result, i) => {
      const option = el('li', result.name);
      option.id = `${listbox.id}-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.id = result.id;
      option.append(el('span', result.matched && result.matched !== result.name
        ? `${result.matched} · ${result.layer}` : result.layer, 'meta'));
      // mousedown, not click: it comes before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(i);
      });
      listbox.append(option);
    });
    listbox.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      results = [];
      close();
      return;
    }
    timer = setTimeout(async () => {
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        results = (await api.search(text, controller.signal)).results;
        // Answers that arrive after the person has moved on stay closed.
        if (document.activeElement === input) render();
      } catch (error) {
        if (error.name !== 'AbortError') {
          results = [];
          close();
        }
      }
    }, 150);
  });

  input.addEventListener('keydown', (event) => {
    if (listbox.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(Math.min(active + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && (active >= 0 || enterPicksFirst)) {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    close();
  });
}
