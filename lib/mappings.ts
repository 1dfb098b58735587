// Index mappings, each with a version. Core Elasticsearch only (the minimal distribution has no analysis-common):
// standard analyzer, plus a lemmatised copy of the text produced by the analysis stage for stem-insensitive search.
// `dynamic: false` keeps _source whole but indexes only the fields named here.
//
// Versions: an index is created as `<prefix>-<name>-v<N>` behind the alias `<prefix>-<name>` (lib/elastic.ts).
// Raise N whenever the mapping of an index changes: `labourwatch services migrate` (services/migrate.ts) then
// copies the documents into a new index with the new mapping and switches the alias, so that fields added here
// are indexed for the documents already stored too (a put-mapping alone indexes only documents written later).
import type { estypes } from '@elastic/elasticsearch';

const keyword = { type: 'keyword' } as const;
const text = { type: 'text' } as const;
const date = { type: 'date', format: 'strict_date_optional_time||yyyy-MM||yyyy' } as const;

export const articleMapping: estypes.MappingTypeMapping = {
  dynamic: false,
  properties: {
    url: keyword,
    canonicalUrl: keyword,
    source: keyword,
    title: { type: 'text', fields: { raw: keyword } },
    byline: text,
    publishedAt: date,
    fetchedAt: date,
    language: keyword,
    text,
    lemmas: text,
    contentHash: keyword,
    duplicateOf: keyword,
    duplicateSources: keyword,
    incidentIds: keyword,
    'relevance.label': keyword,
    relevance: { properties: { label: keyword, score: { type: 'float' } } },
    countries: keyword,
    indicatorIds: keyword,
    nationalities: keyword,
    sectors: keyword,
    businessNames: keyword,
    perpetratorNames: keyword,
    eventDate: date,
    indexedAt: date,
    pinnedIncidentId: keyword,
  } as estypes.MappingTypeMapping['properties'],
};
// the dotted key above is only a convenience for editors; Elasticsearch wants the object form
delete (articleMapping.properties as Record<string, unknown>)['relevance.label'];

export const incidentMapping: estypes.MappingTypeMapping = {
  dynamic: false,
  properties: {
    id: keyword,
    status: keyword,
    statusDate: { type: 'date', format: 'strict_date_optional_time' },
    firstSeenAt: date,
    lastSeenAt: date,
    summary: text,
    date: date,
    countries: keyword,
    placeNames: keyword,
    locations: { type: 'geo_point' },
    indicatorIds: keyword,
    nationalities: keyword,
    sectors: keyword,
    businessNames: keyword,
    perpetratorNames: keyword,
    sources: keyword,
    articleIds: keyword,
    victimsCount: { type: 'integer' },
    minors: { type: 'integer' },
    searchText: text,
    lemmas: text,
    // people's decisions (review/) and the fields that sort and group by them
    review: keyword,
    mergedIds: keyword,
    pinnedArticleIds: keyword,
    sourceCount: { type: 'integer' },
    // what clustering looks candidates up by (incidents/store.ts, keys.ts) — version 2
    matchKeys: keyword,
    timeFrom: { type: 'date' },
    timeTo: { type: 'date' },
  },
};

export const savedSearchMapping: estypes.MappingTypeMapping = {
  dynamic: false,
  properties: { id: keyword, name: text, createdAt: date, lastRunAt: date },
};

export type IndexKey = 'articles' | 'incidents' | 'savedSearches';
export interface IndexSpec {
  version: number;
  mappings: estypes.MappingTypeMapping;
}

/**
 * The current version and mapping of each index. History — articles 1: as first released; incidents 1: as first
 * released, 2: + matchKeys, timeFrom, timeTo (clustering's candidate lookup); saved searches 1.
 */
export const INDEX_SPECS: Record<IndexKey, IndexSpec> = {
  articles: { version: 1, mappings: articleMapping },
  incidents: { version: 2, mappings: incidentMapping },
  savedSearches: { version: 1, mappings: savedSearchMapping },
};

/** The mapping as created, with its version in `_meta` (read back by lib/elastic.ts indexStates). */
export function versionedMapping(spec: IndexSpec): estypes.MappingTypeMapping {
  return { ...spec.mappings, _meta: { ...spec.mappings._meta, labourwatchVersion: spec.version } };
}
