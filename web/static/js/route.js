// The search state in the URL hash (#/<view>?<filters>): reading it, and moving to another view or filter. The
// views (app.js, map, network, timeline) all navigate through here, so none of them imports app.js.
import { t } from './dom.js';

// filters, then the ordering and the page: all of it in the URL, so a sorted page can be linked
export const FILTER_KEYS = [
  'q',
  'country',
  'indicator',
  'sector',
  'nationality',
  'source',
  'corridor',
  'actor',
  'review',
  'from',
  'to',
  'sort',
  'order',
  'offset',
  'size',
];
/** A filter's name on its chip and in a saved search's description, in the UI's language. */
const FILTER_NAMES = {
  q: () => t('filterText', 'Text'),
  country: () => t('country', 'Country'),
  indicator: () => t('indicator', 'Indicator'),
  sector: () => t('sector', 'Sector'),
  nationality: () => t('nationality', 'Nationality'),
  source: () => t('source', 'Source'),
  corridor: () => t('corridor', 'Corridor'),
  actor: () => t('actor', 'Actor'),
  review: () => t('review', 'Review'),
  from: () => t('from', 'From'),
  to: () => t('to', 'To'),
};
export const filterName = (key) => FILTER_NAMES[key]?.() ?? key;
export const NOT_FILTERS = new Set(['sort', 'order', 'offset', 'size']);
const LIST_KEYS = new Set(['country', 'indicator', 'sector', 'nationality', 'source', 'corridor', 'actor', 'review']);

export function currentRoute() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  // a list filter may come comma-separated (saved searches, API-style links): one value per entry
  const params = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(query))
    for (const x of LIST_KEYS.has(k) ? v.split(',') : [v]) if (x.trim()) params.append(k, x.trim());
  const [view, ...rest] = (path || 'results').split('/');
  return { view, arg: rest.join('/') ? decodeURIComponent(rest.join('/')) : null, params };
}

export function filtersOf(params) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) for (const v of params.getAll(k)) if (v) p.append(k, v);
  return p;
}

/** Only the filters (no sort or page): what facets and exports depend on. */
export function onlyFilters(params) {
  const p = filtersOf(params);
  for (const k of NOT_FILTERS) p.delete(k);
  return p;
}

/** Sets (or clears, with '') one URL parameter of the current view; a new filter or order starts at page one. */
export function setParam(key, value) {
  const { view, params } = currentRoute();
  params.delete(key);
  if (value) params.set(key, value);
  if (key !== 'offset') params.delete('offset');
  navigate(view, params);
}

export function navigate(view, params) {
  const qs = filtersOf(params ?? currentRoute().params).toString();
  location.hash = `#/${view}${qs ? `?${qs}` : ''}`;
}

/** Toggles one facet value in the current search (multi-select within a facet). */
export function toggleFilter(key, value) {
  const { view, params } = currentRoute();
  const values = params.getAll(key);
  params.delete(key);
  for (const v of values) if (v !== value) params.append(key, v);
  if (!values.includes(value)) params.append(key, value);
  params.delete('offset');
  navigate(['incident', 'actor'].includes(view) ? 'results' : view, params);
}

export function setFilter(key, value) {
  const { view, params } = currentRoute();
  params.delete(key);
  if (value) params.set(key, value);
  params.delete('offset');
  navigate(['incident', 'actor'].includes(view) ? 'results' : view, params);
}

/** The whole of one month (YYYY-MM) as the event date range. */
export function setMonth(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const { view, params } = currentRoute();
  params.set('from', `${month}-01`);
  params.set('to', `${month}-${String(last).padStart(2, '0')}`);
  params.delete('offset');
  navigate(['incident', 'actor', 'timeline'].includes(view) ? 'results' : view, params);
}
