// Alerts: when the notify worker reports incidents that are new or gained facts, each saved search that now
// matches incidents it has not alerted on before sends one message through notify/ (email and/or webhook, as
// configured), and records them as seen.
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { log } from '../lib/log.js';
import type { IncidentDoc } from '../lib/types.js';
import { deliver as notifierDeliver } from '../notify/index.js';
import { matchingIncidentIds } from '../search/index.js';
import { alertMessage, type Deliver } from './message.js';
import { recordCheck, savedSearchesToCheck, type SavedSearch } from './store.js';

const MAX_SEEN = 5000;

async function incidentDocs(ids: string[]): Promise<IncidentDoc[]> {
  const docs = await es('alert incidents', () =>
    getElastic().search<IncidentDoc>({
      index: indexNames().incidents,
      query: { ids: { values: ids } },
      size: ids.length,
      _source: { excludes: ['searchText', 'lemmas', 'provenance'] },
    }),
  );
  return docs.hits.hits.map((h) => h._source!);
}

/**
 * Called by the notify worker after incidents were created or updated. Returns how many saved searches sent
 * an alert. Each incident alerts a saved search at most once.
 */
export async function checkSavedSearches(incidentIds: string[], opts: { deliver?: Deliver } = {}): Promise<number> {
  if (!incidentIds.length) return 0;
  const deliver = opts.deliver ?? notifierDeliver;
  let alerts = 0;
  const searches = await savedSearchesToCheck();
  // the incidents stage does not refresh after its writes (incidents/ingest.ts), and the saved searches are
  // matched by a search over the incidents just written: make them searchable first (once per alert job)
  if (searches.length) {
    const index = indexNames().incidents;
    await es('refresh incidents', () => getElastic().indices.refresh({ index, ignore_unavailable: true }));
  }
  for (const read of searches) {
    const s = read.search;
    const seen = new Set(s.seenIds ?? []);
    const fresh = (await matchingIncidentIds(s.params, incidentIds)).filter((id) => !seen.has(id));
    const now = new Date().toISOString();
    if (fresh.length) {
      await deliver(alertMessage(s, await incidentDocs(fresh)));
      alerts += 1;
    }
    const next: SavedSearch = {
      ...s,
      lastRunAt: now,
      lastAlertAt: fresh.length ? now : s.lastAlertAt,
      seenIds: [...seen, ...fresh].slice(-MAX_SEEN),
    };
    // another worker checked the same search at once: the alert is out, so log rather than fail and retry
    // (a retry would send it again)
    if (!(await recordCheck(read, next))) log.warn('saved-search.conflict', { id: s.id });
  }
  return alerts;
}
