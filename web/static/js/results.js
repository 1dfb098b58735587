// The results view (incidents with place, date, victims, businesses, indicators and how many sources, then
// matching articles) and the facet sidebar with counts.
import {
  api,
  clear,
  countryName,
  fmtDate,
  h,
  indicatorLabel,
  L,
  message,
  num,
  reviewLabel,
  s,
  sectorLabel,
  statusLabel,
  t,
  tn,
} from './dom.js';

const FACETS = [
  ['country', () => t('country', 'Country')],
  ['indicator', () => t('facetIndicator', 'ILO indicator')],
  ['sector', () => t('sector', 'Sector')],
  ['nationality', () => t('facetNationality', "Victims' nationality")],
  ['actor', () => t('facetActor', 'Business or person')],
  ['corridor', () => t('facetCorridor', 'Migration corridor')],
  ['source', () => t('source', 'Source')],
  ['review', () => t('review', 'Review')],
];
const PAGE = 25;
const SORTS = [
  ['', () => t('sortNewest', 'Newest report')],
  ['eventDate', () => t('eventDate', 'Event date')],
  ['victims', () => t('victims', 'Victims')],
  ['sources', () => t('sources', 'Sources')],
  ['updated', () => t('sortUpdated', 'Last updated')],
];
/** "17 incidents", "3 sources", "2 articles", in the UI's language. */
export const incidents = (n) => tn('nIncidents', n, 'one:{n} incident|other:{n} incidents');
export const sources = (n) => tn('nSources', n, 'one:{n} source|other:{n} sources');
export const articles = (n) => tn('nArticles', n, 'one:{n} article|other:{n} articles');
/**
 * A facet value as the UI's language names it: countries from the browser's CLDR, indicators, sectors and review
 * states from the locale's tables; the server's (English) label for English and for outlets.
 */
export function bucketLabel(facet, b) {
  if (L.lang === 'en' || !b.key) return b.label;
  const [origin, destination] = String(b.key).split('>');
  if (facet === 'country' || facet === 'nationality') return countryName(b.key);
  if (facet === 'corridor' && destination) return `${countryName(origin)} → ${countryName(destination)}`;
  if (facet === 'indicator') return indicatorLabel(b.key);
  if (facet === 'sector') return sectorLabel(b.key);
  if (facet === 'review') return L.review[b.key] ?? b.label;
  return b.label;
}

/** Facet groups a person closed stay closed while they work (this tab only). */
const closed = new Set(JSON.parse(sessionStorage.getItem('lw-closed-facets') ?? '[]'));

/** Incidents per month as small bars under the date inputs; a click narrows the search to that month. */
export function renderMonths(root, months, setRange, undated = 0) {
  clear(root);
  if (undated)
    root.append(
      h(
        'p',
        { class: 'muted undated' },
        tn(
          'undatedNotCharted',
          undated,
          'one:{n} incident without an event date (not charted)|other:{n} incidents without an event date (not charted)',
        ),
      ),
    );
  if (!months?.length) return;
  const max = Math.max(...months.map((m) => m.count));
  const W = 240,
    H = 42,
    bw = W / months.length;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H + 12}`,
    class: 'months',
    role: 'img',
    'aria-label': t('incidentsPerMonth', 'Incidents per month'),
  });
  months.forEach((m, i) => {
    const bh = Math.max(2, (H * m.count) / max);
    svg.append(
      s(
        'rect',
        {
          x: i * bw + 1,
          y: H - bh,
          width: Math.max(1, bw - 2),
          height: bh,
          'data-month': m.key,
          onclick: () => setRange(m.key),
        },
        s('title', null, `${m.key}: ${incidents(m.count)}`),
      ),
    );
  });
  svg.append(
    s('text', { x: 0, y: H + 11, class: 'axis' }, months[0].key),
    s('text', { x: W, y: H + 11, class: 'axis', 'text-anchor': 'end' }, months.at(-1).key),
  );
  root.append(svg);
}

export function renderFacets(root, facets, params, toggle) {
  clear(root);
  for (const [key, title] of FACETS) {
    const buckets = facets[key] ?? [];
    const selected = params.getAll(key);
    if (!buckets.length && !selected.length) continue;
    const list = h('ul', { class: 'facet-list' });
    const shown = [...buckets];
    for (const v of selected) if (!shown.some((b) => b.key === v)) shown.push({ key: v, label: v, count: 0 });
    for (const b of shown.slice(0, 12)) {
      const on = selected.includes(b.key);
      list.append(
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: `facet-item${on ? ' on' : ''}`,
              'aria-pressed': String(on),
              'data-facet': key,
              'data-key': b.key,
              onclick: () => toggle(key, b.key),
            },
            h('span', { class: 'box', 'aria-hidden': 'true' }),
            h('span', { class: 'facet-label' }, bucketLabel(key, b)),
            h('span', { class: 'count' }, b.count),
          ),
        ),
      );
    }
    const group = h(
      'details',
      { class: 'facet', 'data-facet': key, open: !closed.has(key) || selected.length > 0 },
      h(
        'summary',
        null,
        h(
          'h3',
          null,
          title(),
          selected.length ? h('span', { class: 'count' }, t('nSelected', '{n} on', { n: selected.length })) : null,
        ),
      ),
      list,
    );
    group.addEventListener('toggle', () => {
      if (group.open) closed.delete(key);
      else closed.add(key);
      sessionStorage.setItem('lw-closed-facets', JSON.stringify([...closed]));
    });
    root.append(group);
  }
}

export function exportLinks(filters) {
  const f = new URLSearchParams(filters);
  f.delete('offset');
  const qs = f.toString();
  const link = (ext, label) =>
    h(
      'a',
      { class: 'btn small', href: `/api/incidents.${ext}${qs ? `?${qs}` : ''}`, download: '', 'data-export': ext },
      label,
    );
  return h(
    'div',
    { class: 'exports' },
    h('span', { class: 'muted' }, t('export', 'Export:')),
    link('csv', 'CSV'),
    link('json', 'JSON'),
    link('geojson', 'GeoJSON'),
  );
}

function place(i) {
  const names = [...new Set(i.places.map((p) => p.name))];
  return names.length
    ? names.join(', ')
    : i.countries.map(countryName).join(', ') || t('placeUnknown', 'place unknown');
}

function victims(i) {
  const v = i.victims;
  const r = i.victimsRange;
  const ranged = r && r.min !== r.max;
  const n = ranged ? r.max : v.count;
  const parts = [
    n === null || n === undefined
      ? t('victimsUnknown', 'victims: unknown')
      : tn('nVictims', n, 'one:{n} victim|other:{n} victims', ranged ? { n: `${num(r.min)}–${num(r.max)}` } : {}),
  ];
  if (v.minors) parts.push(tn('nMinors', v.minors, 'one:{n} minor|other:{n} minors'));
  if (v.nationalities.length)
    parts.push(t('fromCountries', 'from {countries}', { countries: v.nationalities.map(countryName).join(', ') }));
  return parts.join(' · ');
}

export function incidentCard(i) {
  const indicators = [...new Set(i.indicators.map((x) => x.id))];
  return h(
    'article',
    { class: 'card incident', 'data-id': i.id },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'date' }, fmtDate(i.date)),
      h('span', { class: 'place' }, place(i)),
      i.review && i.review !== 'unreviewed' ? h('span', { class: `review ${i.review}` }, reviewLabel(i.review)) : null,
      h('span', { class: `status ${i.status}` }, statusLabel(i.status)),
    ),
    h(
      'h2',
      null,
      h('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, i.summary || t('noSummary', '(no summary)')),
    ),
    h(
      'div',
      { class: 'facts' },
      h('span', { class: 'victims' }, victims(i)),
      i.businesses.length
        ? h(
            'span',
            { class: 'biz' },
            h('span', { class: 'biz-k' }, t('businessesColon', 'Businesses:')),
            ' ',
            i.businesses.map((b) => b.name).join('; '),
          )
        : null,
      h('span', { class: 'sources' }, sources(i.sourceCount || i.articles.length)),
    ),
    indicators.length
      ? h(
          'div',
          { class: 'tags' },
          indicators.map((id) => h('span', { class: 'tag' }, indicatorLabel(id))),
        )
      : null,
  );
}

function sortControls(filters, setParam) {
  const sort = h(
    'select',
    { id: 'sort', 'aria-label': t('sortBy', 'Sort by'), onchange: (e) => setParam('sort', e.target.value) },
    SORTS.map(([v, label]) => h('option', { value: v, selected: (filters.get('sort') ?? '') === v }, label())),
  );
  const desc = (filters.get('order') ?? 'desc') === 'desc';
  const order = h(
    'button',
    {
      type: 'button',
      id: 'order',
      class: 'btn small ghost',
      title: t('reverseOrder', 'Reverse the order'),
      'aria-label': desc
        ? t('descMakeAsc', 'Descending; make ascending')
        : t('ascMakeDesc', 'Ascending; make descending'),
      onclick: () => setParam('order', desc ? 'asc' : 'desc'),
    },
    desc ? t('orderDesc', '↓ newest/most first') : t('orderAsc', '↑ oldest/fewest first'),
  );
  return h(
    'div',
    { class: 'sorting' },
    h('label', { for: 'sort', class: 'muted' }, t('sort', 'Sort')),
    sort,
    filters.get('sort') ? order : null,
  );
}

function pager(total, offset, count, setParam, PAGE) {
  if (total <= PAGE) return null;
  const page = Math.floor(offset / PAGE) + 1,
    pages = Math.ceil(total / PAGE);
  return h(
    'nav',
    { class: 'pager', 'aria-label': t('pages', 'Pages') },
    h(
      'button',
      {
        type: 'button',
        class: 'btn small ghost',
        'data-page': 'prev',
        disabled: offset <= 0,
        onclick: () => setParam('offset', String(Math.max(0, offset - PAGE))),
      },
      t('previous', '← Previous'),
    ),
    h(
      'span',
      { class: 'muted' },
      t('pagerStatus', '{from}–{to} of {total} · page {page} of {pages}', {
        from: num(offset + 1),
        to: num(offset + count),
        total: num(total),
        page: num(page),
        pages: num(pages),
      }),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn small ghost',
        'data-page': 'next',
        disabled: offset + count >= total,
        onclick: () => setParam('offset', String(offset + PAGE)),
      },
      t('next', 'Next →'),
    ),
  );
}

export async function renderResults(root, filters, setParam) {
  const offset = Math.max(0, Number(filters.get('offset')) || 0);
  const size = Math.min(100, Math.max(1, Number(filters.get('size')) || PAGE));
  const q = new URLSearchParams(filters);
  q.set('size', String(size));
  const r = await api(`/api/search?${q}`);
  clear(root);
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('p', { class: 'total' }, h('strong', null, incidents(r.total.incidents)), ` · ${articles(r.total.articles)}`),
      sortControls(filters, setParam),
      exportLinks(filters),
    ),
  );
  if (!r.incidents.length)
    root.append(
      message(
        filters.toString()
          ? t('noMatch', 'No incidents match this search. Try removing a filter.')
          : t('noIncidentsYet', 'No incidents yet: run a crawl (labourwatch crawl) and come back.'),
      ),
    );
  const list = h('div', { class: 'results', id: 'results' });
  for (const i of r.incidents) list.append(incidentCard(i));
  root.append(list);
  const nav = pager(r.total.incidents, offset, r.incidents.length, setParam, size);
  if (nav) root.append(nav);
  if (filters.get('q') && r.articles.length) {
    root.append(h('h2', { class: 'section' }, t('matchingArticles', 'Matching articles')));
    root.append(
      h(
        'ul',
        { class: 'articles' },
        r.articles.map((a) =>
          h(
            'li',
            null,
            h(
              'a',
              { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' },
              a.title || a.url || t('untitled', '(untitled)'),
            ),
            h('div', { class: 'meta' }, `${a.source} · ${fmtDate(a.publishedAt)}`),
            h('p', { class: 'excerpt' }, a.excerpt),
          ),
        ),
      ),
    );
  }
}
