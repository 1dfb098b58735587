// Elasticsearch queries from SearchParams, for the incidents and the articles index. Free text goes only
// through simple_query_string (its syntax never throws and cannot reach scripts or regexps), over the text
// fields plus the lemmatised copy, so "workers" also finds "worker".
import type { estypes } from '@elastic/elasticsearch';
import { lemmatise } from '../extractors/analyse.js';
import type { SearchParams } from './params.js';

type Q = estypes.QueryDslQueryContainer;

/** Field names per index: the filters mean the same thing on both. */
interface Fields { text: string[]; lemmas: string; date: string; fallbackDate: string }
export const INCIDENT_FIELDS: Fields = { text: ['summary^2', 'searchText', 'placeNames', 'businessNames', 'perpetratorNames'], lemmas: 'lemmas', date: 'date', fallbackDate: 'firstSeenAt' };
export const ARTICLE_FIELDS: Fields = { text: ['title^3', 'text', 'byline'], lemmas: 'lemmas', date: 'eventDate', fallbackDate: 'publishedAt' };

export function textQuery(q: string, f: Fields): Q {
  const lemmaQ = lemmatise(q, 'en');
  return {
    bool: {
      should: [
        { simple_query_string: { query: q, fields: f.text, default_operator: 'and', lenient: true } },
        { simple_query_string: { query: lemmaQ, fields: [f.lemmas], default_operator: 'and', lenient: true } },
      ],
      minimum_should_match: 1,
    },
  };
}

/** An event-date range; reports without an event date fall back to when they were published/first seen. */
function dateRange(p: SearchParams, f: Fields): Q | null {
  if (!p.from && !p.to) return null;
  const range = { ...(p.from ? { gte: p.from } : {}), ...(p.to ? { lte: p.to } : {}) };
  return {
    bool: {
      should: [
        { range: { [f.date]: range } },
        { bool: { must_not: { exists: { field: f.date } }, filter: { range: { [f.fallbackDate]: range } } } },
      ],
      minimum_should_match: 1,
    },
  };
}

/** The filters only (no text): facets are computed over these so that counts match the results. */
export function filterClauses(p: SearchParams, kind: 'incidents' | 'articles'): Q[] {
  const f = kind === 'incidents' ? INCIDENT_FIELDS : ARTICLE_FIELDS;
  const out: Q[] = [];
  const terms = (field: string, values?: string[]) => { if (values?.length) out.push({ terms: { [field]: values } }); };
  terms('countries', p.country);
  terms('indicatorIds', p.indicator);
  terms('sectors', p.sector);
  terms('nationalities', p.nationality);
  if (p.source?.length) out.push(kind === 'incidents' ? { terms: { sources: p.source } } : { bool: { should: [{ terms: { source: p.source } }, { terms: { duplicateSources: p.source } }], minimum_should_match: 1 } });
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
  } else {
    if (p.since) out.push({ range: { fetchedAt: { gte: p.since } } });
    if (p.ids?.length) out.push({ terms: { incidentIds: p.ids } });
  }
  return out;
}

export function buildQuery(p: SearchParams, kind: 'incidents' | 'articles'): Q {
  const f = kind === 'incidents' ? INCIDENT_FIELDS : ARTICLE_FIELDS;
  const must: Q[] = p.q ? [textQuery(p.q, f)] : [];
  const filter = filterClauses(p, kind);
  // articles: only the ones about the topic, and each story once (duplicates are listed as extra sources)
  const mustNot: Q[] = kind === 'articles' ? [{ term: { 'relevance.label': 'unrelated' } }, { exists: { field: 'duplicateOf' } }] : [];
  if (!must.length && !filter.length && !mustNot.length) return { match_all: {} };
  return { bool: { must, filter, must_not: mustNot } };
}

/** Newest first when there is no text; best match first (then newest) when there is. */
export function sortFor(p: SearchParams, kind: 'incidents' | 'articles'): estypes.Sort {
  const newest: estypes.Sort = kind === 'incidents'
    ? [{ lastSeenAt: { order: 'desc', unmapped_type: 'date' } }, { id: { order: 'asc', unmapped_type: 'keyword' } }]
    : [{ publishedAt: { order: 'desc', unmapped_type: 'date', missing: '_last' } }, { fetchedAt: { order: 'desc', unmapped_type: 'date' } }];
  return p.q ? ['_score', ...(newest as estypes.SortCombinations[])] : newest;
}
