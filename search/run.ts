// Running searches: incidents and articles with facets, one incident with its sources, and bulk fetches for
// exports and patterns. The only module here that talks to Elasticsearch for reads.
import type { estypes } from '@elastic/elasticsearch';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import type { ArticleDoc, IncidentDoc } from '../lib/types.js';
import { facetAggs, nameBuckets, parseFacets, type Facets } from './facets.js';
import type { SearchParams } from './params.js';
import { presentArticle, presentIncident, type PublicArticle, type PublicIncident } from './present.js';
import { buildQuery, SEARCH_BUDGET, sortFor, TRANSPORT_BUDGET } from './query.js';

export interface Page {
  size?: number;
  offset?: number;
  facets?: boolean;
}
export interface IncidentResults {
  total: number;
  incidents: PublicIncident[];
  facets?: Facets;
  names?: { key: string; count: number }[];
}
export interface ArticleResults {
  total: number;
  articles: PublicArticle[];
  facets?: Facets;
}

const total = (t: estypes.SearchTotalHits | number | undefined) => (typeof t === 'number' ? t : (t?.value ?? 0));
const clampSize = (n: number | undefined, d: number, max: number) => Math.max(0, Math.min(max, Math.floor(n ?? d)));

/** Index missing (nothing crawled yet under this prefix) reads as "no results", not as an error. */
const searchOpts = { ignore_unavailable: true, allow_no_indices: true } as const;

export async function searchIncidents(p: SearchParams, page: Page = {}): Promise<IncidentResults> {
  const r = await es('search incidents', () =>
    getElastic().search<IncidentDoc>(
      {
        ...SEARCH_BUDGET(),
        index: indexNames().incidents,
        ...searchOpts,
        query: buildQuery(p, 'incidents'),
        sort: sortFor(p, 'incidents'),
        size: clampSize(page.size, 25, 10_000),
        from: clampSize(page.offset, 0, 9_999),
        track_total_hits: true,
        _source: { excludes: ['searchText', 'lemmas', 'provenance'] },
        ...(page.facets ? { aggs: facetAggs('incidents') } : {}),
      },
      TRANSPORT_BUDGET(),
    ),
  );
  return {
    total: total(r.hits.total),
    incidents: r.hits.hits.map((h) => presentIncident(h._source!)),
    ...(page.facets
      ? {
          facets: parseFacets(r.aggregations as Record<string, unknown>),
          names: nameBuckets(r.aggregations as Record<string, unknown>),
        }
      : {}),
  };
}

export async function searchArticles(p: SearchParams, page: Page = {}): Promise<ArticleResults> {
  const r = await es('search articles', () =>
    getElastic().search<ArticleDoc>(
      {
        ...SEARCH_BUDGET(),
        index: indexNames().articles,
        ...searchOpts,
        query: buildQuery(p, 'articles'),
        sort: sortFor(p, 'articles'),
        size: clampSize(page.size, 10, 100),
        from: clampSize(page.offset, 0, 9_999),
        track_total_hits: true,
        _source: { excludes: ['lemmas', 'incidents'] },
        highlight: p.q
          ? {
              fields: { text: { fragment_size: 220, number_of_fragments: 1, no_match_size: 220 } },
              pre_tags: [''],
              post_tags: [''],
            }
          : undefined,
        ...(page.facets ? { aggs: facetAggs('articles') } : {}),
      },
      TRANSPORT_BUDGET(),
    ),
  );
  const links = await incidentIdsOf(r.hits.hits.map((h) => h._id!));
  return {
    total: total(r.hits.total),
    articles: r.hits.hits.map((h) =>
      presentArticle({ ...h._source!, incidentIds: links.get(h._id!) ?? [] }, h.highlight?.text),
    ),
    ...(page.facets ? { facets: parseFacets(r.aggregations as Record<string, unknown>) } : {}),
  };
}

/** The incidents that hold each article: the links live in the incidents' `articleIds` (one terms query). */
export async function incidentIdsOf(articleIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!articleIds.length) return out;
  const r = await es('incidents of articles', () =>
    getElastic().search<{ articleIds: string[] }>({
      index: indexNames().incidents,
      ...searchOpts,
      query: { terms: { articleIds } },
      size: 10_000,
      _source: ['articleIds'],
      sort: [{ id: { order: 'asc' } }],
    }),
  );
  const wanted = new Set(articleIds);
  for (const h of r.hits.hits)
    for (const a of h._source?.articleIds ?? []) if (wanted.has(a)) out.set(a, [...(out.get(a) ?? []), h._id!]);
  return out;
}

/** Raw stored incidents matching a search, for exports and patterns (bounded). */
export async function incidentDocs(p: SearchParams, max = 5000, fields?: string[]): Promise<IncidentDoc[]> {
  const r = await es('fetch incidents', () =>
    getElastic().search<IncidentDoc>(
      {
        ...SEARCH_BUDGET(),
        index: indexNames().incidents,
        ...searchOpts,
        query: buildQuery(p, 'incidents'),
        sort: sortFor(p, 'incidents'),
        size: Math.min(max, 10_000),
        _source: fields ?? { excludes: ['searchText', 'lemmas'] },
      },
      TRANSPORT_BUDGET(),
    ),
  );
  return r.hits.hits.map((h) => h._source!).filter(Boolean);
}

export async function getIncidentDoc(id: string): Promise<IncidentDoc | null> {
  const r = await es('get incident', () =>
    getElastic().search<IncidentDoc>({
      index: indexNames().incidents,
      ...searchOpts,
      query: { ids: { values: [id] } },
      size: 1,
      _source: { excludes: ['searchText', 'lemmas'] },
    }),
  );
  return r.hits.hits[0]?._source ?? null;
}

export async function getArticleDocs(ids: string[]): Promise<ArticleDoc[]> {
  if (!ids.length) return [];
  const r = await es('get articles', () =>
    getElastic().search<ArticleDoc>({
      index: indexNames().articles,
      ...searchOpts,
      query: { ids: { values: ids.slice(0, 200) } },
      size: 200,
      _source: { excludes: ['lemmas'] },
    }),
  );
  return r.hits.hits.map((h) => h._source!).filter(Boolean);
}
