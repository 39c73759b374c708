// Status timelines as geodata/SCHEMA.md defines them, read on a given date.

export const STATUSES = ['open', 'restricted', 'closed', 'planned', 'under-construction', 'abandoned'];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// A partial "from" means the start of its year or month, a partial "to" its end; ISO strings then compare as dates.
function startOf(value) {
  if (value == null) return '0000-01-01';
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

function endOf(value) {
  if (value == null) return '9999-12-31';
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-${DAYS_IN_MONTH[Number(value.slice(5, 7)) - 1]}`;
  return value;
}

/** The period of a timeline in force on a date (YYYY-MM-DD), or null; on a shared boundary the later one wins. */
export function periodOn(timeline, date) {
  let found = null;
  for (const period of timeline || []) {
    if (startOf(period.from) <= date && date <= endOf(period.to)) found = period;
  }
  return found;
}

/** The status of a feature's properties on a date, or null when no period covers it (not built yet, or gone). */
export function statusOn(properties, date) {
  const period = periodOn(properties.status, date);
  return period ? period.status : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A partial date as a reader says it: "2023", "Aug 2023", "12 Mar 2026" in English; in another language as its
 * locale writes it ("2023년 8월", "авг. 2023 г.").
 */
export function readableDate(value, lang = 'en') {
  if (!value) return '';
  const month = value.length >= 7 ? MONTHS[Number(value.slice(5, 7)) - 1] : null;
  if (value.length === 4 || !month) return value.slice(0, 4);
  if (lang !== 'en') {
    const day = value.length === 7 ? undefined : 'numeric';
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day, timeZone: 'UTC' })
      .format(new Date(`${value.length === 7 ? `${value}-01` : value.slice(0, 10)}T00:00:00Z`));
  }
  return value.length === 7 ? `${month} ${value.slice(0, 4)}` : `${Number(value.slice(8, 10))} ${month} ${value.slice(0, 4)}`;
}

/** Years after the last day its confirmation covers, a current status is drawn as stale (as the server reads it). */
export const STALE_AFTER_YEARS = 2;

/**
 * The confirmation of the period shown on a date: only the current (last) period carries one, so a status read on
 * a past date, or a timeline without one, gives null.
 */
export function confirmationOn(properties, date) {
  const timeline = properties.status || [];
  const period = periodOn(timeline, date);
  return period && period === timeline[timeline.length - 1] && period.confirmed ? period.confirmed : null;
}

/** Whether the status shown on a date was last confirmed more than STALE_AFTER_YEARS before today. */
export function isStale(properties, date, today) {
  const confirmed = confirmationOn(properties, date);
  if (!confirmed) return false;
  const end = endOf(confirmed);
  const staleFrom = `${String(Number(end.slice(0, 4)) + STALE_AFTER_YEARS).padStart(4, '0')}${end.slice(4)}`;
  return staleFrom < today;
}

/**
 * The one visibility rule of maps (Java's LayerKind.shownStatus is its twin; a test holds them equal): the status a
 * feature of a registry layer is drawn with on a date, or null when it is not drawn. With no timeline at all a
 * feature is taken as open; in a gap, before its first period or after its last it is not drawn. A dated feature
 * (an event) is drawn only from its date (a partial date from the first day it covers) and then stays drawn, as
 * open when no period covers the date.
 */
export function shownStatus(layer, properties, date) {
  if (layer.dateProperty) {
    const happened = properties[layer.dateProperty];
    if (happened && startOf(String(happened)) > date) return null;
    return statusOn(properties, date) || 'open';
  }
  if (!properties.status || properties.status.length === 0) return 'open';
  return statusOn(properties, date);
}
