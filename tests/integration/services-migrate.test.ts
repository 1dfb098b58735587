// Versioned indices against the real Elasticsearch: an index of an older mapping version (or one made before
// indices had versions) is migrated to the current one with its data intact and the added fields searchable;
// writes during the copy get a retryable error; `services status|migrate` say and do it from the command line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, describe, test } from 'node:test';
import type { estypes } from '@elastic/elasticsearch';
import {
  ensureIndices,
  es,
  getElastic,
  indexNames,
  indexStates,
  migrationDue,
  rawElastic,
  versionedName,
} from '../../lib/elastic.js';
import { isRetryable, ServiceUnavailableError } from '../../lib/errors.js';
import { articleMapping, INDEX_SPECS, incidentMapping } from '../../lib/mappings.js';
import { fromRoot } from '../../lib/paths.js';
import { migrate, pruneOldVersions } from '../../services/migrate.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('migrate');
const { seedDocs } = await import('../e2e/seed.js');
const others: string[] = [];
after(async () => {
  const { dropIndices } = await import('../../lib/elastic.js');
  for (const p of others) await dropIndices(p).catch(() => undefined);
  await cleanupPrefix(prefix);
});

/** The incidents mapping as version 1 had it: without the clustering fields (added in version 2). */
const incidentsV1: estypes.MappingTypeMapping = {
  ...incidentMapping,
  properties: Object.fromEntries(
    Object.entries(incidentMapping.properties!).filter(([k]) => !['matchKeys', 'timeFrom', 'timeTo'].includes(k)),
  ),
};
const SETTINGS = { number_of_shards: 1, number_of_replicas: 0 };
/** The seeded incidents, each with the clustering keys in its source (as version 1 stored them, unindexed). */
const incidents = () =>
  seedDocs().incidents.map((d) => ({
    ...d,
    matchKeys: [`p:${d.countries[0]}`, `id:${d.id}`],
    timeFrom: d.date,
    timeTo: d.date,
  }));

async function fill(index: string, docs: { id: string }[]): Promise<void> {
  const r = await rawElastic().bulk({
    operations: docs.flatMap((d) => [{ index: { _index: index, _id: d.id } }, d]),
    refresh: true,
  });
  assert.equal(r.errors, false);
}
const sources = async (index: string) => {
  const r = await rawElastic().search<Record<string, unknown>>({ index, size: 100, query: { match_all: {} } });
  return new Map(r.hits.hits.map((h) => [h._id!, h._source!]));
};
const byKey = async (index: string, key: string) =>
  (await rawElastic().search({ index, size: 0, track_total_hits: true, query: { term: { matchKeys: key } } })).hits
    .total;
const total = (t: unknown) => (typeof t === 'number' ? t : (t as { value: number }).value);
const cli = (p: string, ...args: string[]) =>
  spawnSync(process.execPath, [fromRoot('bin/labourwatch.js'), 'services', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LABOURWATCH_PREFIX: p, LABOURWATCH_NER_URL: 'off' },
    timeout: 120_000,
  });

describe('services migrate', () => {
  test('a fresh prefix gets versioned indices behind aliases', async () => {
    const p = `${prefix}-fresh`;
    others.push(p);
    await ensureIndices(p);
    const states = await indexStates(p);
    for (const s of states) {
      assert.equal(s.legacy, false, s.name);
      assert.equal(s.index, versionedName(s.name, INDEX_SPECS[s.key].version));
      assert.equal(s.version, s.wanted);
      assert.equal(migrationDue(s), false);
    }
    assert.equal(await migrate({ prefix: p }).then((r) => r.length), 0, 'nothing to do');
  });

  test('an index made before versions (no alias): data intact, the added field searchable, the alias in its place', async () => {
    const names = indexNames(prefix);
    await rawElastic().indices.create({ index: names.incidents, settings: SETTINGS, mappings: incidentsV1 });
    await rawElastic().indices.create({ index: names.articles, settings: SETTINGS, mappings: articleMapping });
    const docs = incidents();
    await fill(names.incidents, docs);
    await fill(names.articles, seedDocs().articles);
    const before = await sources(names.incidents);

    const due = (await indexStates(prefix))
      .filter(migrationDue)
      .map((s) => s.key)
      .sort();
    assert.deepEqual(due, ['articles', 'incidents']);
    const status = cli(prefix, 'status');
    assert.match(
      status.stdout,
      new RegExp(`index ${names.incidents} unversioned version 1, migration to version 2 due`),
    );

    // on start: a compatible put-mapping, so new writes are indexed with the field — the stored ones are not yet
    await ensureIndices(prefix);
    assert.equal(total(await byKey(names.incidents, 'p:RU')), 0, 'stored documents are not indexed by a put-mapping');

    const done = await migrate({ prefix });
    assert.deepEqual(done.map((d) => [d.name, d.to, d.documents]).sort(), [
      [names.articles, versionedName(names.articles, 1), seedDocs().articles.length],
      [names.incidents, versionedName(names.incidents, 2), docs.length],
    ]);
    const states = await indexStates(prefix);
    assert.ok(
      states.every((s) => !migrationDue(s) && !s.legacy),
      JSON.stringify(states),
    );
    // the same documents, byte for byte, under the old name (now the alias)
    assert.deepEqual(await sources(names.incidents), before);
    assert.equal(
      total(await byKey(names.incidents, 'p:RU')),
      2,
      'the added field is searchable for the stored documents',
    );
    // readers and writers go on under the same name
    const { searchIncidents } = await import('../../search/run.js');
    const { parseSearchParams } = await import('../../search/params.js');
    assert.equal((await searchIncidents(parseSearchParams({ country: 'RU' }))).total, 2);
    await getElastic().index({
      index: names.incidents,
      id: 'after',
      document: { ...docs[0]!, id: 'after' },
      refresh: true,
    });
    assert.equal((await rawElastic().count({ index: versionedName(names.incidents, 2) })).count, docs.length + 1);
  });

  test('an older version behind its alias: copied, alias switched, the old one kept read-only until --prune', async () => {
    const p = `${prefix}-v1`;
    others.push(p);
    const name = indexNames(p).incidents;
    const v1 = versionedName(name, 1);
    await rawElastic().indices.create({
      index: v1,
      settings: { ...SETTINGS, refresh_interval: '2s' },
      mappings: { ...incidentsV1, _meta: { labourwatchVersion: 1 } },
      aliases: { [name]: { is_write_index: true } },
    });
    await ensureIndices(p); // creates the other indices; this one only gets the new fields mapped
    await fill(name, incidents());
    assert.deepEqual(
      (await indexStates(p)).filter(migrationDue).map((s) => [s.index, s.version, s.wanted]),
      [[v1, 1, 2]],
    );

    const r = cli(p, 'migrate');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`${incidents().length} documents copied`));
    assert.match(r.stdout, new RegExp(`index ${name} → ${versionedName(name, 2)} version 2\\n`));
    assert.equal(total(await byKey(name, 'p:QA')), 1);
    const layout = await rawElastic().indices.getSettings({ index: versionedName(name, 2), flat_settings: true });
    assert.equal(
      (Object.values(layout)[0]!.settings as Record<string, string>)['index.refresh_interval'],
      '2s',
      'the layout of the old index is kept',
    );
    assert.deepEqual(
      [...(await sources(name)).keys()].sort(),
      incidents()
        .map((d) => d.id)
        .sort(),
    );
    // the old copy is read-only: a late writer gets an error that says to retry
    await assert.rejects(
      es('late write', () => rawElastic().index({ index: v1, id: 'x', document: { id: 'x' } })),
      (err: unknown) =>
        err instanceof ServiceUnavailableError && isRetryable(err) && /migration/.test((err as Error).message),
    );
    assert.deepEqual(await pruneOldVersions(p), [v1]);
    assert.equal(await rawElastic().indices.exists({ index: v1 }), false);
    assert.equal(cli(p, 'migrate', '--bogus').status, 2);
  });
});
