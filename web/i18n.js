// Interface language: one message file per language (web/i18n/{lang}.json, read by the server's pictures too),
// English the fallback of every key. Modules ask t('key', { name: value }); nothing else holds interface text.
import * as api from './api.js';
import { layerById } from './registry.js';
import { confirmationOn, readableDate, statusOn } from './status.js';

export const LANGUAGES = ['en', 'ko', 'zh', 'ru'];

let english = {};
let messages = {};
let current = 'en';

/** The language a browser asks for, when the atlas has it; else English. */
export function browserLanguage(languages = navigator.languages || [navigator.language]) {
  for (const tag of languages) {
    const base = String(tag || '').toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** Loads English and the wanted language (an unknown one reads as English). */
export async function loadMessages(lang) {
  const wanted = LANGUAGES.includes(lang) ? lang : 'en';
  const [en, own] = await Promise.all([api.messages('en'), wanted === 'en' ? null : api.messages(wanted)]);
  english = en;
  messages = own || en;
  current = wanted;
  return wanted;
}

export const currentLanguage = () => current;

/** The text of a key with its {name} values put in; English when this language lacks it; else the key. */
export function t(key, values = {}) {
  const text = messages[key] ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (values[name] !== undefined ? String(values[name]) : all));
}

/** A layer's title: its translation (layer.<id>), else the registry's English title. */
export function layerTitle(id) {
  return messages[`layer.${id}`] ?? layerById(id)?.title ?? id;
}

/** A partial date in the current language: "Aug 2023", "2023년 8월". */
export const dateText = (value) => readableDate(value, current);

/** "Closed — last confirmed Aug 2023" in the current language; '' when no period covers the date. */
export function statusLine(properties, date) {
  const status = statusOn(properties, date);
  if (!status) return '';
  const confirmed = confirmationOn(properties, date);
  return t(`status.${status}`) + (confirmed ? t('feature.lastConfirmed', { date: dateText(confirmed) }) : '');
}

/** A feature's (or place's) name in the current language's script, falling back to its English name. */
export function localName(properties) {
  return (current !== 'en' && properties.names && properties.names[current]) || properties.name;
}

/** The language a URL hash names (lang=ko), or null. */
export function languageInHash(hash) {
  const found = /(?:^#|&)lang=([a-z]{2})(?:&|$)/.exec(hash || '');
  return found && LANGUAGES.includes(found[1]) ? found[1] : null;
}

/** Puts the current language's messages into the page's marked elements (data-i18n, data-i18n-placeholder, ...). */
// Only what differs is written: the server wrote the page in English, and rewriting the same text would lay the
// whole page out again (and paint its text anew) for nothing.
export function translatePage(root = document) {
  if (document.documentElement.lang !== current) document.documentElement.lang = current;
  for (const element of root.querySelectorAll('[data-i18n]')) {
    const text = t(element.dataset.i18n);
    if (element.textContent !== text) element.textContent = text;
  }
  for (const [data, attribute] of [['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title'],
    ['i18nAriaLabel', 'aria-label']]) {
    const selector = `[data-${attribute === 'aria-label' ? 'i18n-aria-label' : `i18n-${attribute}`}]`;
    for (const element of root.querySelectorAll(selector)) {
      const text = t(element.dataset[data]);
      if (element.getAttribute(attribute) !== text) element.setAttribute(attribute, text);
    }
  }
}

// Labels are placed again on every zoom and date: each text is measured once, and each font has a canvas of its own
// (setting a canvas's font is costly, and labels of several fonts are measured in turn).
const contexts = new Map();
const widths = new Map();

/** The width in pixels of a label's text in a CSS font (as the page's style sheet draws it), measured once. */
export function labelWidth(text, font = '11px system-ui, sans-serif') {
  const key = `${font}\u0000${text}`;
  if (!widths.has(key)) {
    if (!contexts.has(font)) {
      const context = document.createElement('canvas').getContext('2d');
      context.font = font;
      contexts.set(font, context);
    }
    widths.set(key, Math.ceil(contexts.get(font).measureText(text).width));
  }
  return widths.get(key);
}
