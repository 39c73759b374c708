// Timeline: a slider from January 1990 to today sets the date every status is shown as of (and the asOf of
// route queries), and lists the events recorded near that date.
import * as api from './api.js';
import { el, featureButton } from './dom.js';
import { localName, t } from './i18n.js';
import { today } from './state.js';

const START_YEAR = 1990;
const NEAR_MONTHS = 60;
const MAX_EVENTS = 8;

const monthIndex = (date) => (Number(date.slice(0, 4)) - START_YEAR) * 12 + Number(date.slice(5, 7)) - 1;

function monthStart(index) {
  const year = START_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function shiftMonths(date, months) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function initTimeline({ state }) {
  const slider = document.getElementById('timeline-slider');
  const dateInput = document.getElementById('timeline-date');
  const todayButton = document.getElementById('timeline-today');
  const list = document.getElementById('timeline-events');
  const last = monthIndex(today());
  slider.max = String(last);
  dateInput.max = today();

  // The last month of the slider is today itself, so that the default view is "now", not the 1st of the month.
  const sliderDate = () => (Number(slider.value) >= last ? null : monthStart(Number(slider.value)));

  // One history step per finished move, not one per pixel dragged: the first input of a move pushes, the rest
  // replace, and "change" ends the move.
  let moving = false;
  slider.addEventListener('input', () => {
    state.set({ asOf: sliderDate() }, { history: moving ? 'replace' : 'push' });
    moving = true;
  });
  slider.addEventListener('change', () => {
    moving = false;
  });
  dateInput.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) {
      state.set({ asOf: dateInput.value >= today() ? null : dateInput.value });
    }
  });
  todayButton.addEventListener('click', () => state.set({ asOf: null }));

  // Play steps a month at a time from the date shown (or from 1990 when at today) up to today, as one history step.
  const play = document.getElementById('timeline-play');
  let player = null;
  function stop() {
    clearInterval(player);
    player = null;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = t('timeline.play');
  }
  play.addEventListener('click', () => {
    if (player) {
      stop();
      return;
    }
    let index = Number(slider.value) >= last ? 0 : Number(slider.value);
    state.set({ asOf: monthStart(index) });
    play.setAttribute('aria-pressed', 'true');
    play.textContent = t('timeline.pause');
    player = setInterval(() => {
      index += 1;
      if (index >= last) stop();
      state.set({ asOf: index >= last ? null : monthStart(index) }, { history: 'replace' });
    }, 250);
  });

  let controller = null;
  let timer = null;
  // A drag waits for the slider to rest; the first load does not wait.
  function loadEvents(date, delay = 200) {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        const collection = await api.events(shiftMonths(date, -NEAR_MONTHS), shiftMonths(date, NEAR_MONTHS),
          controller.signal);
        showEvents(collection.features, date);
      } catch (error) {
        if (error.name !== 'AbortError') {
          const item = el('li', t('timeline.eventsUnavailable', { error: error.message }), 'error');
          list.replaceChildren(item);
        }
      }
    }, delay);
  }

  function showEvents(features, date) {
    const distance = (f) => Math.abs(new Date(f.properties.date) - new Date(date));
    // ISO dates sort as plain strings (a locale-aware comparison would cost the first paint its collator).
    const nearest = [...features].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_EVENTS)
      .sort((a, b) => (a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0));
    list.replaceChildren();
    if (nearest.length === 0) {
      const item = el('li', t('timeline.noEvents'), 'small');
      list.append(item);
    }
    for (const feature of nearest) {
      const item = el('li', null, feature.properties.date > date ? 'after' : 'before');
      const button = featureButton(feature.id, `${feature.properties.date} · ${localName(feature.properties)}`,
        (id) => state.set({ feature: id }));
      button.title = feature.properties.description || feature.properties.name;
      item.append(button);
      list.append(item);
    }
  }

  function show(delay) {
    const asOf = state.get().asOf;
    const date = asOf || today();
    slider.value = String(asOf ? Math.min(monthIndex(asOf), last) : last);
    slider.setAttribute('aria-valuetext', asOf ? date : `today, ${date}`);
    dateInput.value = date;
    document.getElementById('timeline-label').textContent = asOf ? t('timeline.asOf', { date })
      : t('timeline.todayLabel', { date });
    loadEvents(date, delay);
  }

  state.subscribe((current, changed) => {
    if (changed.has('asOf')) show();
  });
  show(0);
}
