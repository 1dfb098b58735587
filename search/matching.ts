// Which incidents a search matches, by id only: what a saved search records as seen at saving and what an alert
// compares against (alerts/). The same query as the search itself (query.ts), so an alert never disagrees with
// the results page it links to.
import { es, getElastic, indexNames } from '../lib/elastic.js';
import type { IncidentDoc } from '../lib/types.js';
import type { SearchParams } from './params.js';
import { buildQuery } from './query.js';

/** The ids of the incidents (at most 1,000) that `params` matches, among `within` when given. */
export async function matchingIncidentIds(params: SearchParams, within?: string[]): Promise<string[]> {
  const r = await es('saved search', () =>
    getElastic().search<IncidentDoc>({
      index: indexNames().incidents,
      ignore_unavailable: true,
      allow_no_indices: true,
      query: buildQuery(within ? { ...params, ids: within } : params, 'incidents'),
      size: 1000,
      _source: false,
    }),
  );
  return r.hits.hits.map((h) => h._id!).filter(Boolean);
}
