// Elasticsearch client, index names and set-up. Index names come from LABOURWATCH_PREFIX so that test runs and
// deployments share one cluster without touching each other.
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { getSettings } from '../config/settings.js';
import { ServiceUnavailableError } from './errors.js';
import { articleMapping, incidentMapping, savedSearchMapping } from './mappings.js';

export interface IndexNames { articles: string; incidents: string; savedSearches: string }

export function indexNames(prefix = getSettings().prefix): IndexNames {
  return { articles: `${prefix}-articles`, incidents: `${prefix}-incidents`, savedSearches: `${prefix}-saved-searches` };
}

let client: Client | undefined;
export function getElastic(): Client {
  client ??= new Client({ node: getSettings().elasticsearchUrl, requestTimeout: 30_000, maxRetries: 2 });
  return client;
}
export async function closeElastic(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.close();
}

/** True for errors that mean "the server is not there right now" (retry later), not "the request is wrong". */
export function isConnectionError(err: unknown): boolean {
  return err instanceof errors.ConnectionError || err instanceof errors.TimeoutError || err instanceof errors.NoLivingConnectionsError ||
    (err instanceof errors.ResponseError && [429, 502, 503, 504].includes(err.statusCode ?? 0));
}

/** Wraps an Elasticsearch call so outages become retryable errors. */
export async function es<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isConnectionError(err)) throw new ServiceUnavailableError(`Elasticsearch unavailable during ${what}`, { cause: err });
    throw err;
  }
}

const SETTINGS: estypes.IndicesIndexSettings = { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' };

/** Creates the indices when missing; safe to call from every process at start. */
export async function ensureIndices(prefix?: string): Promise<IndexNames> {
  const names = indexNames(prefix);
  const c = getElastic();
  const specs: [string, estypes.MappingTypeMapping][] = [
    [names.articles, articleMapping],
    [names.incidents, incidentMapping],
    [names.savedSearches, savedSearchMapping],
  ];
  for (const [index, mappings] of specs) {
    await es('ensureIndices', async () => {
      // an index made by an older release gets the fields added since (adding fields never conflicts)
      if (await c.indices.exists({ index })) { await c.indices.putMapping({ index, ...mappings }).catch(() => undefined); return; }
      try {
        await c.indices.create({ index, settings: SETTINGS, mappings });
      } catch (err) {
        if (err instanceof errors.ResponseError && err.body?.error?.type === 'resource_already_exists_exception') return;
        throw err;
      }
    });
  }
  return names;
}

/** Deletes this prefix's indices (tests clean up with it). */
export async function dropIndices(prefix: string): Promise<void> {
  const names = indexNames(prefix);
  await getElastic().indices.delete({ index: Object.values(names), ignore_unavailable: true });
}
