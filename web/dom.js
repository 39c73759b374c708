// Building page elements from data. Text always goes in as textContent, never as HTML.

/** An HTML element with optional text and class. */
export function el(tag, text, className) {
  const element = document.createElement(tag);
  if (text != null) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** An SVG element with attributes (null ones left out) and optional text. */
export function svg(name, attributes, text) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value != null) element.setAttribute(key, value);
  }
  if (text != null) element.textContent = text;
  return element;
}

/** A button that selects a feature, labelled with its name when known. */
export function featureButton(id, name, onSelect) {
  const button = el('button', name || id);
  button.type = 'button';
  button.dataset.id = id;
  button.addEventListener('click', () => onSelect(id));
  return button;
}

/**
 * Lets the browser paint and answer input before the next piece of work: a page that builds itself in such steps
 * never keeps a tap waiting long.
 */
export const yieldToBrowser = () => (globalThis.scheduler?.yield ? scheduler.yield()
  : new Promise((resolve) => { setTimeout(resolve, 0); }));

/**
 * Resolves once the browser has shown the page as it is now: at the frame after the one that paints it (a hidden
 * tab, which does not paint, waits 100 ms).
 */
export const afterPaint = () => new Promise((resolve) => {
  const fallback = setTimeout(resolve, 100);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    clearTimeout(fallback);
    resolve();
  }));
});
