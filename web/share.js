// Share / Embed dialog: builds the /embed iframe snippet, a live preview, the plain link and the static-image
// link from the app state (the URL hash), each with a copy button. All text goes in as textContent or value.
import { currentLanguage, t } from './i18n.js';
import { defaultLayerIds } from './registry.js';

const PREVIEW_WIDTH = 800;

function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text != null) node.textContent = text;
  return node;
}

/** The /embed and /static.png query for a state and the dialog's options. */
function embedQuery(state, options) {
  const query = new URLSearchParams();
  if (state.route) {
    query.set('from', state.route.from);
    query.set('to', state.route.to);
    if (state.route.via) query.set('via', state.route.via);
    if (state.asOf) query.set('asOf', state.asOf);
  } else {
    if (state.corridor) query.set('corridor', state.corridor);
    else if (state.feature) query.set('feature', state.feature);
    else query.set('bbox', viewBox(state.map, PREVIEW_WIDTH, options.height));
    if (state.asOf) query.set('date', state.asOf);
  }
  const layers = [...state.layers].sort();
  if (layers.join() !== defaultLayerIds().sort().join()) query.set('layers', layers.join(','));
  if (!options.legend) query.set('legend', '0');
  if (!options.interactive) query.set('interactive', '0');
  if (options.title) query.set('title', options.title);
  if (currentLanguage() !== 'en') query.set('lang', currentLanguage());
  return query;
}

// The lon/lat box a map of that size shows around the app's centre at the app's zoom (Web Mercator).
function viewBox(view, width, height) {
  const perDegree = (256 * 2 ** view.zoom) / 360;
  const toY = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
  const toLat = (y) => ((2 * Math.atan(Math.exp((y * Math.PI) / 180)) - Math.PI / 2) * 180) / Math.PI;
  const halfX = width / 2 / perDegree;
  const halfY = height / 2 / perDegree;
  const y = toY(view.lat);
  const box = [Math.max(-180, view.lon - halfX), Math.max(-85, toLat(y - halfY)), Math.min(180, view.lon + halfX),
    Math.min(85, toLat(y + halfY))];
  return box.map((v) => v.toFixed(4)).join(',');
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = t('share.copied');
  } catch (error) {
    button.textContent = t('share.copyByHand');
  }
  setTimeout(() => { button.textContent = t('share.copy'); }, 1500);
}

function copyRow(id, label, multiline) {
  const row = element('div', { class: 'share-row' });
  const field = multiline ? element('textarea', { id, readonly: '', rows: '3' }) : element('input', { id, readonly: '' });
  field.style.width = '100%';
  field.style.boxSizing = 'border-box';
  field.addEventListener('focus', () => field.select());
  const button = element('button', { type: 'button', id: `${id}-copy` }, t('share.copy'));
  button.addEventListener('click', () => copy(field.value, button));
  row.append(element('label', { for: id }, label), field, button);
  return { row, field };
}

export function initShare(state) {
  const host = document.getElementById('share');
  if (!host) return;
  const open = document.getElementById('share-open');
  const dialog = element('dialog', { id: 'share-dialog', 'aria-labelledby': 'share-heading' });
  dialog.style.width = 'min(860px, 95vw)';

  const heading = element('h2', { id: 'share-heading' }, t('share.heading'));
  const options = element('fieldset');
  options.append(element('legend', {}, t('share.options')));
  const height = element('input', { id: 'share-height', type: 'number', min: '200', max: '2048', step: '10',
    value: '450' });
  const legend = element('input', { id: 'share-legend', type: 'checkbox' });
  legend.checked = true;
  const interactive = element('input', { id: 'share-interactive', type: 'checkbox' });
  interactive.checked = true;
  const title = element('input', { id: 'share-title', type: 'text', maxlength: '120', placeholder: t('share.optional') });
  options.append(element('label', { for: 'share-height' }, t('share.height')), height,
    element('label', { for: 'share-legend' }, t('share.legend')), legend,
    element('label', { for: 'share-interactive' }, t('share.interactive')), interactive,
    element('label', { for: 'share-title' }, t('share.title')), title);

  const snippet = copyRow('share-snippet', t('share.snippet'), true);
  const link = copyRow('share-link', t('share.link'), false);
  const image = copyRow('share-static', t('share.png'), false);
  const vector = copyRow('share-svg', t('share.svg'), false);
  const previewLabel = element('p', {}, t('share.preview'));
  const close = element('button', { type: 'button', id: 'share-close' }, t('share.close'));
  close.addEventListener('click', () => dialog.close());
  dialog.append(heading, options, snippet.row, link.row, image.row, vector.row, previewLabel, close);
  host.append(dialog);
  // The preview frame is made when the dialog first opens: a frame in the page costs its load even while hidden.
  let preview = null;
  function previewFrame() {
    if (!preview) {
      preview = element('iframe', { id: 'share-preview', title: t('share.previewTitle') });
      preview.style.width = '100%';
      preview.style.border = '1px solid #ccc';
      close.before(preview);
    }
    return preview;
  }

  let timer = null;
  function update() {
    const current = state.get();
    const chosen = { height: Math.min(2048, Math.max(200, Number(height.value) || 450)), legend: legend.checked,
      interactive: interactive.checked, title: title.value.trim() };
    const query = embedQuery(current, chosen);
    const origin = window.location.origin;
    const embedUrl = `${origin}/embed?${query}`;
    const iframe = element('iframe', { src: embedUrl, style: `width:100%;height:${chosen.height}px;border:0`,
      loading: 'lazy', title: chosen.title || t('share.frameTitle'), allowfullscreen: '' });
    snippet.field.value = iframe.outerHTML;
    link.field.value = window.location.href;
    const picture = new URLSearchParams(query);
    picture.delete('interactive');
    picture.set('width', String(PREVIEW_WIDTH));
    picture.set('height', String(chosen.height));
    image.field.value = `${origin}/static.png?${picture}`;
    // The same picture as vector paths and text, for a graphics desk (drawn by the server from the same scene).
    vector.field.value = `${origin}/static.svg?${picture}`;
    const frame = previewFrame();
    frame.style.height = `${chosen.height}px`;
    clearTimeout(timer);
    // The preview reloads once typing pauses, not on every key.
    timer = setTimeout(() => { if (frame.getAttribute('src') !== embedUrl) frame.src = embedUrl; }, 300);
  }
  for (const input of [height, legend, interactive, title]) input.addEventListener('input', update);
  open.addEventListener('click', () => {
    update();
    dialog.showModal();
  });
  state.subscribe(() => { if (dialog.open) update(); });
}
