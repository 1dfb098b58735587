// The articles index is search-idle (lib/elastic.ts): no scheduled refreshes while nobody searches it, yet a search
// sees an article written a second before it, as with a 1 s refresh interval (the search waits for the refresh the
// idle index skipped). Waits out the idle delay once (about 11 s).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureIndices, getElastic, indexNames } from '../../lib/elastic.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('searchidle');
before(async () => {
  await ensureIndices();
});
after(async () => {
  await cleanupPrefix(prefix);
});

describe('articles index, search-idle', () => {
  it('has no refresh interval of its own; the incidents keep theirs', async () => {
    const es = getElastic();
    const settingsOf = async (name: string) => {
      const r = await es.indices.getSettings({ index: name, flat_settings: true });
      return (Object.values(r)[0]?.settings ?? {}) as Record<string, string | undefined>;
    };
    const articles = await settingsOf(indexNames().articles);
    assert.equal(articles['index.refresh_interval'], undefined);
    assert.equal(articles['index.search.idle.after'], '10s');
    assert.equal((await settingsOf(indexNames().incidents))['index.refresh_interval'], '1s');
  });

  it('a search after a pause finds an article written a second before, with no refresh asked for', async () => {
    const es = getElastic();
    const index = indexNames().articles;
    await new Promise((r) => setTimeout(r, 11_000)); // nobody searched it: it is idle now
    await es.index({ index, id: 'idle-1', document: { id: 'idle-1', title: 'A quiet afternoon at the harbour' } });
    await new Promise((r) => setTimeout(r, 1_500)); // the index's 1 s check finds the write and skips its refresh
    const r = await es.count({ index, query: { match: { title: 'harbour' } } });
    assert.equal(r.count, 1);
  });
});
