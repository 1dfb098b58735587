// The labourwatch UI: the search state lives in the URL hash (#/<view>?<filters>), so every view can be linked,
// reloaded and exported. Views are drawn from the JSON API with DOM calls only (see js/dom.js).
import { api, chooseLanguage, clear, h, L, loadLocale, message, t } from './js/dom.js';
import { bucketLabel, renderResults, renderFacets, renderMonths } from './js/results.js';
import { renderIncident } from './js/incident.js';
import { renderTimeline } from './js/timeline.js';
import { renderMap } from './js/map.js';
import { renderNetwork } from './js/network.js';
import { renderSaved, renderAccess } from './js/saved.js';
import { renderActor } from './js/actor.js';
import {
  currentRoute,
  FILTER_KEYS,
  filterName,
  filtersOf,
  navigate,
  NOT_FILTERS,
  onlyFilters,
  setFilter,
  setMonth,
  setParam,
  toggleFilter,
} from './js/route.js';

const $ = (id) => document.getElementById(id);

function renderChips(params, labels) {
  const chips = clear($('chips'));
  for (const k of FILTER_KEYS)
    for (const v of NOT_FILTERS.has(k) ? [] : params.getAll(k)) {
      chips.append(
        h(
          'button',
          {
            class: 'chip',
            type: 'button',
            title: t('removeFilter', 'Remove this filter'),
            onclick: () => (k === 'q' || k === 'from' || k === 'to' ? setFilter(k, '') : toggleFilter(k, v)),
          },
          h('span', { class: 'chip-k' }, filterName(k)),
          ' ',
          labels?.[`${k}:${v}`] ?? v,
          h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
        ),
      );
    }
  const n = chips.childElementCount;
  const btn = $('filters-toggle');
  if (btn) btn.textContent = n ? t('filtersN', 'Filters ({n})', { n }) : t('filters', 'Filters');
  if (n > 1)
    chips.append(
      h(
        'button',
        { class: 'chip clear', type: 'button', onclick: () => navigate(currentRoute().view, new URLSearchParams()) },
        t('clearAll', 'Clear all'),
      ),
    );
}

let facetCache = null;
async function refreshFacets(params) {
  const key = onlyFilters(params).toString();
  if (facetCache?.key !== key) facetCache = { key, data: await api(`/api/search?${key}&size=0`) };
  const labels = {};
  for (const [f, buckets] of Object.entries(facetCache.data.facets ?? {}))
    for (const b of Array.isArray(buckets) ? buckets : []) labels[`${f}:${b.key}`] = bucketLabel(f, b);
  renderFacets($('facet-groups'), facetCache.data.facets ?? {}, params, toggleFilter);
  renderMonths($('months'), facetCache.data.facets?.month, setMonth, facetCache.data.facets?.undated ?? 0);
  renderChips(params, labels);
}

async function route() {
  const { view, arg, params } = currentRoute();
  $('q').value = params.get('q') ?? '';
  $('from').value = params.get('from') ?? '';
  $('to').value = params.get('to') ?? '';
  for (const a of document.querySelectorAll('#tabs a')) {
    a.classList.toggle(
      'active',
      a.dataset.view === view || (['incident', 'actor'].includes(view) && a.dataset.view === 'results'),
    );
    const keep = a.dataset.view === 'results' ? filtersOf(params) : onlyFilters(params);
    a.setAttribute('href', `#/${a.dataset.view}${keep.toString() ? `?${keep}` : ''}`);
  }
  // each view is drawn into its own box, shown only if no later navigation started meanwhile
  const seq = ++routeSeq;
  const holder = clear($('view'));
  const out = h('div', { class: 'view-body' }, h('p', { class: 'loading' }, t('loading', 'Loading…')));
  holder.append(out);
  const current = () => seq === routeSeq;
  document.body.dataset.view = view;
  document.body.classList.remove('filters-open');
  if (view !== 'incident' && view !== 'actor') lastList = location.hash;
  try {
    const facets = refreshFacets(params).catch((err) => {
      clear($('facet-groups'));
      throw err;
    });
    if (view === 'incident') await renderIncident(out, arg, backLink());
    else if (view === 'actor') await renderActor(out, arg, backLink());
    else if (view === 'timeline') await renderTimeline(out, filtersOf(params));
    else if (view === 'map') await renderMap(out, filtersOf(params));
    else if (view === 'network') await renderNetwork(out, filtersOf(params));
    else if (view === 'saved') await renderSaved(out, filtersOf(params));
    else await renderResults(out, filtersOf(params), setParam);
    await facets;
  } catch (err) {
    if (!current()) return;
    clear(out).append(
      message(
        err.status === 401
          ? t('needToken', 'This server needs the API token: enter it with "Sign in" above.')
          : t('couldNotLoad', 'Could not load: {error}', { error: err.message }),
        'error',
      ),
    );
    // a wrong filter in a link (country=Russia) must not lock the page: offer the way out
    if (err.status === 400)
      out.append(
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'clear-filters',
            onclick: () => navigate(view === 'incident' || view === 'actor' ? 'results' : view, new URLSearchParams()),
          },
          t('clearFilters', 'Clear the filters'),
        ),
      );
  }
}

let routeSeq = 0;
let lastList = null;
/** "Back to results" returns to the list this page was opened from, never out of the app. */
function backLink() {
  return lastList ?? '#/results';
}

/** The language menu: every UI language named in itself, the current one selected. */
function renderLanguageMenu(select) {
  clear(select);
  select.setAttribute('aria-label', t('language', 'Language'));
  for (const l of L.languages)
    select.append(h('option', { value: l.code, lang: l.code, dir: l.dir, selected: l.code === L.lang }, l.name));
  select.addEventListener('change', () => chooseLanguage(select.value));
}

/** The page's own words (index.html marks them data-i18n, data-i18n-placeholder, data-i18n-aria-label). */
function translatePage() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n, el.textContent);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]'))
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder, el.getAttribute('placeholder')));
  for (const el of document.querySelectorAll('[data-i18n-aria-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel, el.getAttribute('aria-label')));
}

async function init() {
  await loadLocale();
  translatePage();
  renderLanguageMenu($('ui-lang'));
  $('filters-toggle').addEventListener('click', () => {
    const open = document.body.classList.toggle('filters-open');
    $('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    setFilter('q', $('q').value.trim());
  });
  $('from').addEventListener('change', () => setFilter('from', $('from').value));
  $('to').addEventListener('change', () => setFilter('to', $('to').value));
  window.addEventListener('hashchange', route);
  renderAccess($('access'));
  route();
}

init();
