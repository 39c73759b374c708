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
