// `labourwatch services migrate`: brings every index to the mapping version of this release, keeping its data.
// For each index whose version is older (or that was made before indices had versions): create
// `<name>-v<N>` with the current mapping, make the old index read-only (writers get a retryable error and try
// again after the switch), copy every document client-side (the minimal distribution has no reindex module:
// scroll + bulk), check the counts, and switch the alias `<name>` to the new index in one atomic request. The old
// versioned index stays (read-only) until `--prune`; an index made before versions (a concrete index under the
// alias's own name) is deleted in the same atomic request that puts the alias in its place.
import type { estypes } from '@elastic/elasticsearch';
import {
  createVersionedIndex,
  es,
  indexStates,
  migrationDue,
  rawElastic,
  versionedName,
  type IndexState,
} from '../lib/elastic.js';
import { INDEX_SPECS } from '../lib/mappings.js';

export interface MigrationResult {
  name: string;
  from: string;
  to: string;
  fromVersion: number | null;
  toVersion: number;
  documents: number;
}

const BATCH = 1000;

/** Copies every document of `from` into `to` as it is (same id, same source); returns how many. */
async function copyDocuments(from: string, to: string): Promise<number> {
  const c = rawElastic();
  let copied = 0;
  let r = await es('migrate: read', () =>
    c.search<unknown>({ index: from, scroll: '5m', size: BATCH, sort: ['_doc'], query: { match_all: {} } }),
  );
  try {
    while (r.hits.hits.length) {
      const operations = r.hits.hits.flatMap((h) => [{ index: { _index: to, _id: h._id } }, h._source as object]);
      const b = await es('migrate: write', () => c.bulk({ operations }));
      if (b.errors) {
        const bad = b.items.find((i) => i.index?.error)?.index;
        throw new Error(`copying ${from} → ${to} failed at ${bad?._id}: ${bad?.error?.type}: ${bad?.error?.reason}`);
      }
      copied += r.hits.hits.length;
      const scrollId = r._scroll_id!;
      r = await es('migrate: read', () => c.scroll<unknown>({ scroll_id: scrollId, scroll: '5m' }));
    }
  } finally {
    if (r._scroll_id) await c.clearScroll({ scroll_id: r._scroll_id }).catch(() => undefined);
  }
  await es('migrate: refresh', () => c.indices.refresh({ index: to }));
  return copied;
}

const setWriteBlock = (index: string, on: boolean) =>
  es('migrate: write block', () => rawElastic().indices.putSettings({ index, settings: { 'index.blocks.write': on } }));
/** The shards, replicas and refresh settings of an index, for its successor (a cluster's layout is kept). */
async function layoutOf(index: string): Promise<estypes.IndicesIndexSettings> {
  const r = await es('migrate: settings', () => rawElastic().indices.getSettings({ index, flat_settings: true }));
  const s = (Object.values(r)[0]?.settings ?? {}) as Record<string, string | undefined>;
  const pick = (k: string) => s[`index.${k}`];
  return Object.fromEntries(
    ['number_of_shards', 'number_of_replicas', 'refresh_interval', 'search.idle.after']
      .map((k) => [k, pick(k)])
      .filter(([, v]) => v !== undefined),
  );
}
const countOf = async (index: string) => (await es('migrate: count', () => rawElastic().count({ index }))).count;

/** Migrates one index (see the top of this file). */
async function migrateIndex(s: IndexState, log: (m: string) => void = () => undefined): Promise<MigrationResult> {
  if (!s.index) throw new Error(`${s.name}: nothing to migrate`);
  const c = rawElastic();
  const from = s.index;
  const to = versionedName(s.name, INDEX_SPECS[s.key].version);
  if (to === from) throw new Error(`${s.name}: already at version ${s.wanted}`);
  // a copy left by an interrupted migration is not behind the alias: start it again
  if (await c.indices.exists({ index: to })) await c.indices.delete({ index: to });
  await createVersionedIndex(s.key, s.name, false, await layoutOf(from));
  log(`${s.name}: copying ${from} (version ${s.version}${s.legacy ? ', no alias' : ''}) → ${to} (version ${s.wanted})`);
  await es('migrate: refresh', () => c.indices.refresh({ index: from }));
  await setWriteBlock(from, true);
  try {
    const documents = await copyDocuments(from, to);
    const [before, after] = [await countOf(from), await countOf(to)];
    if (before !== after)
      throw new Error(`${s.name}: ${from} holds ${before} documents but ${to} ${after}; the alias was not switched`);
    const actions: estypes.IndicesUpdateAliasesAction[] = s.legacy
      ? [{ add: { index: to, alias: s.name, is_write_index: true } }, { remove_index: { index: from } }]
      : [{ remove: { index: from, alias: s.name } }, { add: { index: to, alias: s.name, is_write_index: true } }];
    await es('migrate: switch alias', () => c.indices.updateAliases({ actions }));
    log(
      `${s.name}: ${documents} documents copied; ${s.name} → ${to}${s.legacy ? ` (the unversioned ${from} is gone)` : `; ${from} kept read-only (--prune deletes it)`}`,
    );
    return { name: s.name, from, to, fromVersion: s.version, toVersion: s.wanted, documents };
  } catch (err) {
    // nothing switched: the old index takes writes again and the half copy goes
    await setWriteBlock(from, false).catch(() => undefined);
    await c.indices.delete({ index: to, ignore_unavailable: true }).catch(() => undefined);
    throw err;
  }
}

/** Migrates every index that is due; returns what it did (nothing when all are current). */
export async function migrate(opts: { prefix?: string; log?: (m: string) => void } = {}): Promise<MigrationResult[]> {
  const done: MigrationResult[] = [];
  for (const s of await indexStates(opts.prefix)) {
    if (s.index === null) {
      await createVersionedIndex(s.key, s.name);
      continue;
    }
    if (migrationDue(s)) done.push(await migrateIndex(s, opts.log));
  }
  return done;
}

/** Deletes the older versions of each index that no alias points to any more (after a migration). */
export async function pruneOldVersions(prefix?: string): Promise<string[]> {
  const c = rawElastic();
  const gone: string[] = [];
  for (const s of await indexStates(prefix)) {
    if (!s.index || s.legacy) continue;
    const all = await c.indices.get({
      index: `${s.name}-v*`,
      ignore_unavailable: true,
      allow_no_indices: true,
      features: ['aliases'],
    });
    const old = Object.entries(all)
      .filter(
        ([i, info]) => i !== s.index && /-v\d+$/.test(i) && i.startsWith(`${s.name}-v`) && !info.aliases?.[s.name],
      )
      .map(([i]) => i);
    if (old.length) {
      await c.indices.delete({ index: old });
      gone.push(...old);
    }
  }
  return gone;
}

/** One line per index: its name, version and whether a migration is due. */
export function describeStates(states: IndexState[]): string {
  return (
    states
      .map(
        (s) =>
          `index ${s.name} ${
            s.index === null
              ? 'missing (created on first use)'
              : `${s.legacy ? 'unversioned' : `→ ${s.index}`} version ${s.version}${migrationDue(s) ? `, migration to version ${s.wanted} due: run \`labourwatch services migrate\`` : ''}`
          }`,
      )
      .join('\n') + '\n'
  );
}
