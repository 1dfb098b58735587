// Elasticsearch client, index names and set-up. Index names come from LABOURWATCH_PREFIX so that test runs and
// deployments share one cluster without touching each other.
//
// Every article and incident document read through getElastic() (get, mget, search, scroll) is checked against
// its schema (lib/documents.ts): a malformed one throws a non-retryable InvalidDocumentError naming index and id.
//
// Indices are versioned (lib/mappings.ts): `<prefix>-articles` is an alias of `<prefix>-articles-v<N>`.
// ensureIndices creates what is missing and says when an existing index needs `labourwatch services migrate`.
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { getSettings } from '../config/settings.js';
import { DOCUMENT_SCHEMAS, describeIssues, type DocumentKind } from './documents.js';
import { InvalidDocumentError, ServiceUnavailableError } from './errors.js';
import { log } from './log.js';
import { INDEX_SPECS, type IndexKey, versionedMapping } from './mappings.js';

export interface IndexNames {
  articles: string;
  incidents: string;
  savedSearches: string;
}

export function indexNames(prefix = getSettings().prefix): IndexNames {
  return {
    articles: `${prefix}-articles`,
    incidents: `${prefix}-incidents`,
    savedSearches: `${prefix}-saved-searches`,
  };
}

/** The concrete index of version `version` behind the alias `name`. */
export const versionedName = (name: string, version: number) => `${name}-v${version}`;

let raw: Client | undefined;
let checked: Client | undefined;
/** The client whose reads of article and incident documents are checked (use this one). */
export function getElastic(): Client {
  checked ??= checkReads(rawElastic());
  return checked;
}
/** The same connection without the document check: only for copying documents as they are (migrations). */
export function rawElastic(): Client {
  raw ??= new Client({ node: getSettings().elasticsearchUrl, requestTimeout: 30_000, maxRetries: 2 });
  return raw;
}
export async function closeElastic(): Promise<void> {
  const c = raw;
  raw = undefined;
  checked = undefined;
  await c?.close();
}

// ---- documents checked when read ----

/** Which schema a concrete or alias index name holds (`…-incidents`, `…-incidents-v2`), if any. */
export function documentKind(index: string): DocumentKind | null {
  const m = /-(articles|incidents)(?:-v\d+)?$/.exec(index);
  return m ? (m[1] as DocumentKind) : null;
}

/** Checks one stored document; `partial` when the read asked for some fields only. Returns it unchanged. */
export function checkDocument<T>(index: string, id: string, source: unknown, partial = false): T {
  const kind = documentKind(index);
  if (!kind) return source as T;
  const schema = partial ? DOCUMENT_SCHEMAS[kind].partial : DOCUMENT_SCHEMAS[kind].full;
  const r = schema.safeParse(source);
  if (!r.success) throw new InvalidDocumentError(index, id, describeIssues(r.error));
  return source as T;
}

type Params = Record<string, unknown> | undefined;
/** Whether the request asked for some fields only (_source includes), so absent fields are no fault. */
function asksForSome(p: Params): boolean {
  if (!p) return false;
  const s = p._source;
  if (Array.isArray(s) || typeof s === 'string') return true;
  if (s && typeof s === 'object' && 'includes' in s && (s as { includes?: unknown }).includes !== undefined)
    return true;
  return p._source_includes !== undefined;
}

interface Hit {
  _index?: string;
  _id?: string | null;
  _source?: unknown;
  found?: boolean;
}
function checkHits(hits: Hit[] | undefined, partial: boolean): void {
  for (const h of hits ?? [])
    if (h && h._source !== undefined && h._index) checkDocument(h._index, h._id ?? '?', h._source, partial);
}

/** Checks the documents in a get, mget, search or scroll answer (the body, or `.body` when `meta: true`). */
function checkAnswer(method: string, params: Params, answer: unknown, opts: { meta?: boolean } | undefined): void {
  const body = (opts?.meta ? (answer as { body?: unknown }).body : answer) as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return;
  const partial = asksForSome(params);
  if (method === 'get') checkHits([body as Hit], partial);
  else if (method === 'mget') checkHits(body.docs as Hit[], partial);
  else checkHits((body.hits as { hits?: Hit[] } | undefined)?.hits, method === 'scroll' ? true : partial);
}

const CHECKED_READS = new Set(['get', 'mget', 'search', 'scroll']);
function checkReads(c: Client): Client {
  return new Proxy(c, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function') return v;
      if (typeof prop !== 'string' || !CHECKED_READS.has(prop)) return v.bind(target);
      return async (params: Params, opts?: { meta?: boolean }) => {
        const answer = await (v as (p: Params, o?: unknown) => Promise<unknown>).call(target, params, opts);
        checkAnswer(prop, params, answer, opts);
        return answer;
      };
    },
  });
}

// ---- errors ----

/** True for errors that mean "the server is not there right now" (retry later), not "the request is wrong". */
export function isConnectionError(err: unknown): boolean {
  return (
    err instanceof errors.ConnectionError ||
    err instanceof errors.TimeoutError ||
    err instanceof errors.NoLivingConnectionsError ||
    (err instanceof errors.ResponseError && [429, 502, 503, 504].includes(err.statusCode ?? 0))
  );
}

/** A write refused because the index is read-only while `services migrate` copies it: retry once it switched. */
function isMigrationBlock(err: unknown): boolean {
  return (
    err instanceof errors.ResponseError &&
    err.body?.error?.type === 'cluster_block_exception' &&
    /index write/.test(String(err.body?.error?.reason))
  );
}

/** Wraps an Elasticsearch call so outages (and writes during a migration) become retryable errors. */
export async function es<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isConnectionError(err))
      throw new ServiceUnavailableError(`Elasticsearch unavailable during ${what}`, { cause: err });
    if (isMigrationBlock(err))
      throw new ServiceUnavailableError(`index read-only during a migration (${what}); retry after it`, { cause: err });
    throw err;
  }
}

// ---- indices: versions, aliases, creation ----

/**
 * Single-node defaults per index. Incidents are searched by every incidents job (store.ts) and by readers, so they
 * are refreshed every second. Articles are read by id (realtime gets, which need no refresh) and searched only by
 * people: with no refresh interval set they are search-idle once nobody searched them for `search.idle.after`,
 * and then neither refreshed nor merged on a schedule; a search then waits for the refresh the index skipped, so a
 * reader sees what was written up to a second before, as with a 1 s interval. Each refresh of a busy index
 * makes a small segment that merges later: on the bench's 400 pages, 46 refreshes and 5 merges of the articles
 * index (docs/operations.md, the bench).
 */
const SETTINGS: Record<IndexKey, estypes.IndicesIndexSettings> = {
  articles: { number_of_shards: 1, number_of_replicas: 0, 'search.idle.after': '10s' },
  incidents: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' },
  savedSearches: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' },
};

export interface IndexState {
  key: IndexKey;
  /** The name every reader and writer uses: the alias (or, before versions, the index itself). */
  name: string;
  /** The concrete index behind it, null when there is none yet. */
  index: string | null;
  /** A concrete index under the name itself, made before indices had versions. */
  legacy: boolean;
  /** The mapping version it was created with (1 for an index made before versions were recorded). */
  version: number | null;
  /** The version this release writes (lib/mappings.ts). */
  wanted: number;
}
export const migrationDue = (s: IndexState) => s.index !== null && (s.legacy || (s.version ?? 0) < s.wanted);

/** Where each index stands: missing, legacy (no alias), or behind its alias with a version. */
export async function indexStates(prefix?: string): Promise<IndexState[]> {
  const names = indexNames(prefix);
  const out: IndexState[] = [];
  for (const key of Object.keys(INDEX_SPECS) as IndexKey[]) {
    const name = names[key];
    const found = await es('index state', () =>
      rawElastic().indices.get({
        index: name,
        ignore_unavailable: true,
        allow_no_indices: true,
        features: ['aliases', 'mappings'],
      }),
    );
    const entries = Object.entries(found);
    const legacy = name in found;
    const [index, info] = legacy
      ? [name, found[name]!]
      : (entries.find(([, i]) => i.aliases?.[name]?.is_write_index) ?? entries[0] ?? [null, undefined]);
    const meta = info?.mappings?._meta as { labourwatchVersion?: number } | undefined;
    const fromName = index ? /-v(\d+)$/.exec(index)?.[1] : undefined;
    const version = index === null ? null : (meta?.labourwatchVersion ?? (fromName && !legacy ? Number(fromName) : 1));
    out.push({ key, name, index, legacy, version, wanted: INDEX_SPECS[key].version });
  }
  return out;
}

/**
 * Creates `<name>-v<N>` behind the alias `<name>` (safe when another process does the same); `settings` replace
 * the single-node defaults (a migration keeps the shards and replicas of the index it copies).
 */
export async function createVersionedIndex(
  key: IndexKey,
  name: string,
  alias = true,
  settings: estypes.IndicesIndexSettings = SETTINGS[key],
): Promise<string> {
  const spec = INDEX_SPECS[key];
  const index = versionedName(name, spec.version);
  try {
    await es('create index', () =>
      rawElastic().indices.create({
        index,
        settings,
        mappings: versionedMapping(spec),
        ...(alias ? { aliases: { [name]: { is_write_index: true } } } : {}),
      }),
    );
  } catch (err) {
    if (!(err instanceof errors.ResponseError && err.body?.error?.type === 'resource_already_exists_exception'))
      throw err;
  }
  return index;
}

const warned = new Set<string>();
/**
 * Creates the indices when missing; safe to call from every process at start. An index of an older version gets
 * the fields added since (put-mapping, when compatible: documents written from now on are indexed with them)
 * and a warning that `labourwatch services migrate` is due (which indexes the stored documents too).
 */
export async function ensureIndices(prefix?: string): Promise<IndexNames> {
  for (const s of await indexStates(prefix)) {
    if (s.index === null) {
      await createVersionedIndex(s.key, s.name);
      continue;
    }
    if (!migrationDue(s)) continue;
    const added = await es('put mapping', () =>
      rawElastic().indices.putMapping({ index: s.index!, ...INDEX_SPECS[s.key].mappings }),
    ).then(
      () => true,
      () => false,
    );
    if (!warned.has(s.index)) {
      warned.add(s.index);
      log.warn('index migration due', {
        index: s.index,
        version: s.version,
        wanted: s.wanted,
        legacy: s.legacy,
        newFieldsMapped: added,
        hint: 'run `labourwatch services migrate` to index the stored documents with the current mapping',
      });
    }
  }
  return indexNames(prefix);
}

/** Deletes this prefix's indices, every version of them (tests clean up with it). */
export async function dropIndices(prefix: string): Promise<void> {
  const c = rawElastic();
  for (const name of Object.values(indexNames(prefix))) {
    const found = await c.indices.get({
      index: [name, `${name}-v*`],
      ignore_unavailable: true,
      allow_no_indices: true,
      features: ['aliases'],
    });
    const ours = Object.keys(found).filter(
      (i) => i === name || new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-v\\d+$`).test(i),
    );
    if (ours.length) await c.indices.delete({ index: ours, ignore_unavailable: true });
  }
}
