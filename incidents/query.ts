// Reading incidents back: listings by time, status and status day (digests), newest first. Their public shape
// (`labourwatch incidents --json`) is present/incident.ts.
import type { estypes } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import type { IncidentDoc, IncidentStatus } from '../lib/types.js';

export interface IncidentFilter {
  /** ISO date or date-time: incidents seen (first or again) since then. */
  since?: string;
  status?: IncidentStatus;
  /** Incidents whose status was set on this day (YYYY-MM-DD): a digest's content. */
  statusDate?: string;
  limit?: number;
}

export async function listIncidents(f: IncidentFilter = {}): Promise<IncidentDoc[]> {
  const filter: estypes.QueryDslQueryContainer[] = [];
  if (f.since) filter.push({ range: { lastSeenAt: { gte: f.since } } });
  if (f.status) filter.push({ term: { status: f.status } });
  if (f.statusDate)
    filter.push({ range: { statusDate: { gte: f.statusDate, lte: f.statusDate, format: 'yyyy-MM-dd' } } });
  const limit = f.limit ?? Infinity;
  const out: IncidentDoc[] = [];
  let after: estypes.SortResults | undefined;
  try {
    while (out.length < limit) {
      const size = Math.min(500, limit - out.length);
      const r = await es('list incidents', () =>
        getElastic().search<IncidentDoc>({
          index: indexNames().incidents,
          query: { bool: { filter } },
          size,
          sort: [{ firstSeenAt: { order: 'desc' } }, { id: { order: 'asc' } }],
          ...(after ? { search_after: after } : {}),
        }),
      );
      const hits = r.hits.hits;
      for (const h of hits) if (h._source) out.push(h._source);
      if (hits.length < size) break;
      after = hits[hits.length - 1]!.sort;
    }
  } catch (err) {
    if (err instanceof errors.ResponseError && err.body?.error?.type === 'index_not_found_exception') return [];
    throw err;
  }
  return out;
}
