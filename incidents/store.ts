// Incidents in `<prefix>-incidents`: bounded candidate retrieval for clustering (the same country, an
// overlapping time window, a shared place or name key — keys.ts — at most MAX_CANDIDATES, best first, so the
// cost stays flat as the index grows), writes with optimistic concurrency, and the dirty marks that tell the
// next holder of a lock key to refresh the index before it searches (markWritten / catchUp; why: ingest.ts).
import { randomBytes } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { getRedis, rkey } from '../lib/redis.js';
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

/**
 * Realtime read of many documents with their versions; `fields`: only these of `_source` (the document check
 * then takes absent fields for unasked ones, lib/elastic.ts).
 */
export async function getMany<T>(index: string, ids: string[], fields?: string[]): Promise<Map<string, Versioned<T>>> {
  const out = new Map<string, Versioned<T>>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    if (!chunk.length) break;
    const r = await es(`mget ${index}`, () =>
      getElastic().mget<T>({ index, ids: chunk, ...(fields?.length ? { _source_includes: fields } : {}) }),
    );
    for (const d of r.docs)
      if ('found' in d && d.found && d._source)
        out.set(d._id, { doc: d._source, seqNo: d._seq_no!, primaryTerm: d._primary_term! });
  }
  return out;
}

/**
 * How long a dirty mark outlives the write it marks: many times the index's refresh interval (1 s, lib/elastic.ts;
 * keep a hand-set `refresh_interval` well below this), so a mark that expires unseen stands for a write that a
 * scheduled refresh has long made searchable.
 */
const DIRTY_TTL_MS = 300_000;
const dirtyKey = (lockKey: string) => rkey('dirty', 'incidents', lockKey);
/** Deletes each mark only if it is still the one the caller saw (a late writer's newer mark stays). */
const CLEAR_SEEN = `local n = 0
for i, k in ipairs(KEYS) do
  if redis.call('get', k) == ARGV[i] then n = n + redis.call('del', k) end
end
return n`;

async function refreshIncidents(): Promise<void> {
  const index = indexNames().incidents;
  await es('refresh incidents', () => getElastic().indices.refresh({ index }));
}

/**
 * After a write to the incidents under these lock keys, while still holding them: marks each key dirty (one
 * pipelined call, a fresh token per write). Should Redis refuse, the index is refreshed instead, as before marks.
 */
export async function markWritten(lockKeys: string[]): Promise<void> {
  const token = randomBytes(8).toString('hex');
  const p = getRedis().pipeline();
  for (const k of lockKeys) p.set(dirtyKey(k), token, 'PX', DIRTY_TTL_MS);
  const ok = await p.exec().then(
    (r) => !!r && r.every(([err]) => !err),
    () => false,
  );
  if (!ok) await refreshIncidents();
}

/**
 * Having taken the leases of these lock keys, before searching the incidents: when a writer marked any of them,
 * refreshes the index once (so the search sees that write) and clears the marks it saw. Returns whether it refreshed.
 */
export async function catchUp(lockKeys: string[]): Promise<boolean> {
  if (!lockKeys.length) return false;
  const seen = await getRedis().mget(lockKeys.map(dirtyKey));
  const dirty = lockKeys.flatMap((k, i) => (seen[i] ? [[dirtyKey(k), seen[i]!] as const] : []));
  if (!dirty.length) return false;
  await refreshIncidents();
  // a mark left behind (Redis failed here) only costs the next holder one refresh more
  await getRedis()
    .eval(CLEAR_SEEN, dirty.length, ...dirty.map(([k]) => k), ...dirty.map(([, v]) => v))
    .catch(() => undefined);
  return true;
}
