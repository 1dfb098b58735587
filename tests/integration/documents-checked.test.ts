// Documents are checked when read (lib/elastic.ts, lib/documents.ts): a malformed article or incident in
// Elasticsearch is a clear, non-retryable error naming its index and id — through every kind of read (get,
// mget, search; the stores, the listings, the searches, the CLI) — while reads of some fields only, and every
// well-formed document, pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { checkDocument, ensureIndices, getElastic, rawElastic } from '../../lib/elastic.js';
import { InvalidDocumentError, isRetryable } from '../../lib/errors.js';
import { fromRoot } from '../../lib/paths.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('docscheck');
const { seed, seedDocs } = await import('../e2e/seed.js');
const { listIncidents } = await import('../../incidents/query.js');
const { getIncident, getMany } = await import('../../incidents/store.js');
const { searchArticles, searchIncidents } = await import('../../search/run.js');
const { parseSearchParams } = await import('../../search/params.js');

const good = seedDocs();
const badIncident = {
  ...good.incidents[0]!,
  id: 'inc-bad',
  victims: { ...good.incidents[0]!.victims, count: 'fourteen' },
};
const badArticle = { ...good.articles[0]!, id: 'art-bad', text: 42 };
let names: { articles: string; incidents: string };

before(async () => {
  names = await ensureIndices();
  await seed(good);
});
after(() => cleanupPrefix(prefix));

/** The error names the concrete index, the id and the field, and says not to retry. */
const malformed = (id: string, field: RegExp) => (err: unknown) => {
  assert.ok(err instanceof InvalidDocumentError, String(err));
  assert.equal(err.id, id);
  assert.match(err.index, new RegExp(`^${prefix}-(articles|incidents)-v\\d+$`));
  assert.match(err.message, new RegExp(`${err.index}/${id}`));
  assert.match(err.message, field);
  assert.equal(isRetryable(err), false);
  return true;
};

describe('documents checked when read', () => {
  test('well-formed documents pass every read', async () => {
    assert.equal((await listIncidents()).length, good.incidents.length);
    assert.equal((await searchIncidents(parseSearchParams({}), { size: 100 })).total, good.incidents.length);
    assert.equal((await searchArticles(parseSearchParams({}), { size: 100 })).total, good.articles.length);
    assert.equal((await getIncident(good.incidents[0]!.id))?.id, good.incidents[0]!.id);
    assert.equal(
      (
        await getMany(
          names.articles,
          good.articles.map((a) => a.id),
        )
      ).size,
      good.articles.length,
    );
  });

  test('a malformed incident: get, mget, search, listing, CLI', async () => {
    await rawElastic().index({ index: names.incidents, id: badIncident.id, document: badIncident, refresh: true });
    await assert.rejects(
      getIncident(badIncident.id),
      malformed(badIncident.id, /victims\.count: Expected number, received string/),
    );
    await assert.rejects(getMany(names.incidents, [badIncident.id]), malformed(badIncident.id, /victims\.count/));
    await assert.rejects(listIncidents(), malformed(badIncident.id, /victims\.count/));
    await assert.rejects(
      searchIncidents(parseSearchParams({}), { size: 100 }),
      malformed(badIncident.id, /victims\.count/),
    );
    const r = spawnSync(process.execPath, [fromRoot('bin/labourwatch.js'), 'incidents', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, LABOURWATCH_PREFIX: prefix },
      timeout: 120_000,
    });
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      new RegExp(`^labourwatch: malformed document ${prefix}-incidents-v\\d+/inc-bad: victims\\.count: .*\\n$`),
    );
    assert.doesNotMatch(r.stderr, /services up/, 'no retry hint: it is the data, not the service');
    // a read of some fields only checks those
    const some = await getElastic().search<{ id: string }>({
      index: names.incidents,
      query: { ids: { values: [badIncident.id] } },
      _source: ['id'],
    });
    assert.equal(some.hits.hits[0]?._source?.id, badIncident.id);
    await rawElastic().delete({ index: names.incidents, id: badIncident.id, refresh: true });
  });

  test('a malformed article: search and get', async () => {
    await rawElastic().index({ index: names.articles, id: badArticle.id, document: badArticle, refresh: true });
    await assert.rejects(
      searchArticles(parseSearchParams({}), { size: 100 }),
      malformed(badArticle.id, /text: Expected string, received number/),
    );
    await assert.rejects(
      getElastic().get({ index: names.articles, id: badArticle.id }),
      malformed(badArticle.id, /text/),
    );
    await rawElastic().delete({ index: names.articles, id: badArticle.id, refresh: true });
  });

  test('the check knows the kinds of document by index name (alias or versioned) and leaves others alone', () => {
    assert.throws(() => checkDocument(`${prefix}-incidents`, 'x', { id: 'x' }), InvalidDocumentError);
    assert.throws(() => checkDocument(`${prefix}-articles-v3`, 'x', { id: 'x' }), InvalidDocumentError);
    assert.doesNotThrow(() => checkDocument(`${prefix}-incidents-v2`, 'x', { id: 'x' }, true));
    assert.doesNotThrow(() => checkDocument(`${prefix}-saved-searches`, 'x', { anything: 1 }));
  });
});
