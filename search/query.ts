// Elasticsearch queries from SearchParams, for the incidents and the articles index. Free text goes only
// through simple_query_string (its syntax never throws and cannot reach scripts or regexps), over the text
// fields plus the lemmatised copy, so "workers" also finds "worker".
import type { estypes } from '@elastic/elasticsearch';
import { getSettings } from '../config/settings.js';
import { indexNames } from '../lib/elastic.js';
import { lemmatise } from '../extractors/index.js';
import type { SearchParams } from './params.js';
import { mapQueryWords, QUERY_LIMITS, topLevelNegations } from './query-text.js';

type Q = estypes.QueryDslQueryContainer;

/** Bounds on what one fuzzy word may cost (the query's shape is bounded in params.ts via checkQueryCost). */
const FUZZY = {
  fuzzy_max_expansions: QUERY_LIMITS.fuzzyMaxExpansions,
  fuzzy_prefix_length: QUERY_LIMITS.fuzzyPrefixLength,
};

/** Elasticsearch's time budget for one search (it answers with what it found by then), and the client's: past
 *  it the request is dropped, Elasticsearch cancels the search, and the caller gets a retryable 503. */
export const SEARCH_BUDGET = () => ({ timeout: `${getSettings().searchTimeoutMs}ms` });
export const TRANSPORT_BUDGET = () => ({ requestTimeout: getSettings().searchTimeoutMs + 2_000, maxRetries: 0 });

/** Field names per index: the filters mean the same thing on both. */
interface Fields {
  text: string[];
  lemmas: string;
  date: string;
  fallbackDate: string;
}
export const INCIDENT_FIELDS: Fields = {
  text: ['summary^2', 'searchText', 'placeNames', 'businessNames', 'perpetratorNames'],
  lemmas: 'lemmas',
  date: 'date',
  fallbackDate: 'firstSeenAt',
};
export const ARTICLE_FIELDS: Fields = {
  text: ['title^3', 'text', 'byline'],
  lemmas: 'lemmas',
  date: 'eventDate',
  fallbackDate: 'publishedAt',
};

/** Free text: the query over the text fields, or the same query with its words lemmatised over the lemma field
 *  (operators kept, see query-text.ts); negated words and phrases at the top level are excluded outright. */
export function textQuery(q: string, f: Fields): Q {
  const lemmaQ = mapQueryWords(q, (words) => lemmatise(words, 'en'));
  const sqs = (query: string, fields: string[]) => ({
    simple_query_string: { query, fields, default_operator: 'and' as const, lenient: true, ...FUZZY },
  });
  const mustNot = topLevelNegations(q).flatMap((n) => [
    sqs(n, f.text),
    sqs(
      mapQueryWords(n, (w) => lemmatise(w, 'en')),
      [f.lemmas],
    ),
  ]);
  return {
    bool: {
      should: [sqs(q, f.text), sqs(lemmaQ, [f.lemmas])],
      minimum_should_match: 1,
      ...(mustNot.length ? { must_not: mustNot } : {}),
    },
  };
}

/**
 * An event-date range. Reports without an event date never match one: the day they were crawled or published
 * says nothing about when the exploitation happened (they are counted as "undated" instead).
 */
function dateRange(p: SearchParams, f: Fields): Q | null {
  if (!p.from && !p.to) return null;
  return { range: { [f.date]: { ...(p.from ? { gte: p.from } : {}), ...(p.to ? { lte: p.to } : {}) } } };
}

/** The filters only (no text): facets are computed over these so that counts match the results. */
export function filterClauses(p: SearchParams, kind: 'incidents' | 'articles'): Q[] {
  const f = kind === 'incidents' ? INCIDENT_FIELDS : ARTICLE_FIELDS;
  const out: Q[] = [];
  const terms = (field: string, values?: string[]) => {
    if (values?.length) out.push({ terms: { [field]: values } });
  };
  terms('countries', p.country);
  terms('indicatorIds', p.indicator);
  terms('sectors', p.sector);
  terms('nationalities', p.nationality);
  if (p.source?.length)
    out.push(
      kind === 'incidents'
        ? { terms: { sources: p.source } }
        : {
            bool: {
              should: [{ terms: { source: p.source } }, { terms: { duplicateSources: p.source } }],
              minimum_should_match: 1,
            },
          },
    );
  for (const c of p.corridor ?? []) {
    const [origin, dest] = c.split('>');
    out.push({ bool: { filter: [{ term: { nationalities: origin } }, { term: { countries: dest } }] } });
  }
  const range = dateRange(p, f);
  if (range) out.push(range);
  if (kind === 'incidents') {
    if (p.since) out.push({ range: { lastSeenAt: { gte: p.since } } });
    if (p.status) out.push({ term: { status: p.status } });
    if (p.ids?.length) out.push({ ids: { values: p.ids } });
    if (p.review?.length) {
      const states = p.review.filter((r) => r !== 'unreviewed');
      out.push({
        bool: {
          should: [
            ...(states.length ? [{ terms: { review: states } }] : []),
            ...(p.review.includes('unreviewed')
              ? [{ bool: { must_not: { exists: { field: 'review' } } } }, { term: { review: 'unreviewed' } }]
              : []),
          ],
          minimum_should_match: 1,
        },
      });
    }
    if (p.actor?.length) {
      const names = p.actorNames ?? [];
      out.push(
        names.length
          ? {
              bool: {
                should: [{ terms: { businessNames: names } }, { terms: { perpetratorNames: names } }],
                minimum_should_match: 1,
              },
            }
          : { bool: { must_not: { match_all: {} } } },
      );
    }
  } else {
    if (p.since) out.push({ range: { fetchedAt: { gte: p.since } } });
    // the articles of these incidents: the links live in the incidents (a terms lookup of each one's articleIds)
    if (p.ids?.length)
      out.push({
        bool: {
          should: p.ids
            .slice(0, 100)
            .map((id) => ({ terms: { _id: { index: indexNames().incidents, id, path: 'articleIds' } } })),
          minimum_should_match: 1,
        },
      });
  }
  return out;
}

export function buildQuery(p: SearchParams, kind: 'incidents' | 'articles'): Q {
  const f = kind === 'incidents' ? INCIDENT_FIELDS : ARTICLE_FIELDS;
  const must: Q[] = p.q ? [textQuery(p.q, f)] : [];
  const filter = filterClauses(p, kind);
  // articles: only the ones about the topic, and each story once (duplicates are listed as extra sources)
  const mustNot: Q[] =
    kind === 'articles' ? [{ term: { 'relevance.label': 'unrelated' } }, { exists: { field: 'duplicateOf' } }] : [];
  if (!must.length && !filter.length && !mustNot.length) return { match_all: {} };
  return { bool: { must, filter, must_not: mustNot } };
}

/** The field each sort key orders by, on the incidents index (and its tie-breakers). */
const SORT_FIELD = {
  eventDate: 'date',
  victims: 'victimsCount',
  sources: 'sourceCount',
  updated: 'lastSeenAt',
} as const;
const UNMAPPED = { eventDate: 'date', victims: 'integer', sources: 'integer', updated: 'date' } as const;

/**
 * Newest first when there is no text; best match first (then newest) when there is; or as asked (`sort`,
 * `order`). Incidents without the sorted value (undated ones, for eventDate) always come last, in either order.
 */
export function sortFor(p: SearchParams, kind: 'incidents' | 'articles'): estypes.Sort {
  const newest: estypes.Sort =
    kind === 'incidents'
      ? [{ lastSeenAt: { order: 'desc', unmapped_type: 'date' } }, { id: { order: 'asc', unmapped_type: 'keyword' } }]
      : [
          { publishedAt: { order: 'desc', unmapped_type: 'date', missing: '_last' } },
          { fetchedAt: { order: 'desc', unmapped_type: 'date' } },
        ];
  if (kind === 'incidents' && p.sort && p.sort !== 'relevance') {
    const order = p.order ?? 'desc';
    return [
      { [SORT_FIELD[p.sort]]: { order, missing: '_last', unmapped_type: UNMAPPED[p.sort] } },
      ...(p.sort === 'updated' ? [] : [{ lastSeenAt: { order: 'desc' as const, unmapped_type: 'date' } }]),
      { id: { order: 'asc', unmapped_type: 'keyword' } },
    ] as estypes.Sort;
  }
  return p.q ? ['_score', ...(newest as estypes.SortCombinations[])] : newest;
}
