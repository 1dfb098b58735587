// Incidents in `<prefix>-incidents`: bounded candidate retrieval for clustering (the same country, an
// overlapping time window, a shared place or name key — keys.ts — at most MAX_CANDIDATES, best first, so the
// cost stays flat as the index grows), and writes with optimistic concurrency.
import type { estypes } from '@elastic/elasticsearch';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { incidentMapping } from '../lib/mappings.js';
import type { IncidentDoc, IncidentFacts } from '../lib/types.js';
import { MAX_CANDIDATES, WINDOW_DAYS } from './cluster.js';
export { MAX_CANDIDATES };
import { queryKeys } from './keys.js';
import { createDoc, getDoc, updateDoc, type Versioned } from '../lib/occ.js';
import { scenePlaces } from './places.js';

/** The fields clustering adds to an incident document (not part of the public shape). */
export interface ClusterFields {
  /** Blocking keys of its places and names (keys.ts): what candidate retrieval looks up. */
  matchKeys?: string[];
  /** Earliest and latest day it was told about (event dates and publication dates). */
  timeFrom?: string | null;
  timeTo?: string | null;
  /** Its reports, `<articleId>#<index>` (cluster.ts). */
  itemKeys?: string[];
}
export type StoredIncident = IncidentDoc & ClusterFields;

/**
 * Mapping of the clustering fields (lib/mappings.ts, incidents version 2), added on first use to an index of an
 * older version (put-mapping only adds fields; `services migrate` indexes the stored documents with them too).
 */
const CLUSTER_MAPPING: estypes.MappingTypeMapping['properties'] = Object.fromEntries(
  (['matchKeys', 'timeFrom', 'timeTo'] as const).map((f) => [f, incidentMapping.properties![f]!]),
);
const mapped = new Set<string>();
export async function ensureClusterFields(): Promise<void> {
  const index = indexNames().incidents;
  if (mapped.has(index)) return;
  await es('incident mapping', () => getElastic().indices.putMapping({ index, properties: CLUSTER_MAPPING }));
  mapped.add(index);
}

export async function getIncident(id: string): Promise<IncidentDoc | null> {
  return (await getDoc<IncidentDoc>(indexNames().incidents, id))?.doc ?? null;
}

export async function createIncident(doc: IncidentDoc): Promise<boolean> {
  return createDoc(indexNames().incidents, doc.id, doc, true);
}

/** Read-modify-write of one incident; `change` returns its input for "no change". */
export async function updateIncident(
  id: string,
  change: (doc: IncidentDoc) => IncidentDoc,
): Promise<{ doc: IncidentDoc | null; changed: boolean }> {
  return updateDoc<IncidentDoc>(indexNames().incidents, id, (cur) => (cur ? change(cur) : undefined), {
    refresh: true,
  });
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(iso.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Incidents of the report's country (or of none), told about within the window, sharing a place or name key. */
export function candidateQuery(f: IncidentFacts, publishedAt: string | null): estypes.QueryDslQueryContainer | null {
  // its finest places and names, against every key of the incidents (keys.ts)
  const keys = queryKeys(f);
  if (!keys.length) return null; // nothing positive to share: a case of its own
  const filter: estypes.QueryDslQueryContainer[] = [];
  const countries = [
    ...new Set(
      scenePlaces(f.places, f.victims.nationalities)
        .map((p) => p.country)
        .filter((x): x is string => !!x),
    ),
  ];
  if (countries.length)
    filter.push({
      bool: {
        should: [{ terms: { countries } }, { bool: { must_not: { exists: { field: 'countries' } } } }],
        minimum_should_match: 1,
      },
    });
  const when = f.date ?? publishedAt;
  if (when && !Number.isNaN(Date.parse(when.slice(0, 10)))) {
    filter.push({
      bool: {
        should: [
          {
            bool: {
              filter: [
                { range: { timeFrom: { lte: shiftDays(when, WINDOW_DAYS) } } },
                { range: { timeTo: { gte: shiftDays(when, -WINDOW_DAYS) } } },
              ],
            },
          },
          { bool: { must_not: { exists: { field: 'timeFrom' } } } }, // written before clustering kept these fields
        ],
        minimum_should_match: 1,
      },
    });
  }
  // one clause per key: an incident sharing more keys ranks higher
  return { bool: { filter, should: keys.map((k) => ({ term: { matchKeys: k } })), minimum_should_match: 1 } };
}

/** The incidents this report may belong to, best first (bounded), with their versions. */
export async function findCandidates(f: IncidentFacts, publishedAt: string | null): Promise<string[]> {
  const query = candidateQuery(f, publishedAt);
  if (!query) return [];
  await ensureClusterFields();
  const r = await es('incident candidates', () =>
    getElastic().search<StoredIncident>({
      index: indexNames().incidents,
      query,
      size: MAX_CANDIDATES,
      _source: false,
      sort: ['_score', { id: { order: 'asc' } }],
    }),
  );
  return r.hits.hits.map((h) => h._id!).filter(Boolean);
}

/** Realtime read of many documents with their versions. */
export async function getMany<T>(index: string, ids: string[]): Promise<Map<string, Versioned<T>>> {
  const out = new Map<string, Versioned<T>>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    if (!chunk.length) break;
    const r = await es(`mget ${index}`, () => getElastic().mget<T>({ index, ids: chunk }));
    for (const d of r.docs)
      if ('found' in d && d.found && d._source)
        out.set(d._id, { doc: d._source, seqNo: d._seq_no!, primaryTerm: d._primary_term! });
  }
  return out;
}
