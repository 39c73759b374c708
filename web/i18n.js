// Interface language: one message file per language (web/i18n/{lang}.json, read by the server's pictures too),
// English the fallback of every key. Modules ask t('key', { name: value }); nothing else holds interface text.
import * as api from './api.js';
import { layerById } from './registry.js';

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

/** A feature's (or place's) name in the current language's script, falling back to its English name. */
export function localName(properties) {
  return (current !== 'en' && properties.names && properties.names[current]) || properties.name;
}
