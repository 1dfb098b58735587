// Leases (lib/lease.ts) against the real Redis: extended while the holder awaits a long call, known lost when
// another holder took the key or when the holder was paused past its validity, and a stale holder's write to
// Elasticsearch refused by the version it read (the fencing of re-clustering writes).
// Timing-sensitive (one-second leases, a blocked event loop): it runs with no other service file beside it.
// run-tests: alone
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sleep } from '../../lib/backoff.js';
import { ensureIndices, getElastic } from '../../lib/elastic.js';
import { ConflictError } from '../../lib/errors.js';
import { withLeases, type Lease } from '../../lib/lease.js';
import { getDoc } from '../../lib/occ.js';
import { getRedis, rkey } from '../../lib/redis.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('lease');
before(async () => {
  await ensureIndices();
});
after(async () => {
  await getElastic().indices.delete({ index: `${prefix}-fence`, ignore_unavailable: true });
  await cleanupPrefix(prefix);
});

describe('leases', () => {
  it('are extended while the holder awaits a call longer than the lease', async () => {
    const key = rkey('lock', 'test', 'long');
    await withLeases(
      getRedis(),
      [key],
      async (lease) => {
        await sleep(3_500); // three and a half times the lease: a slow Elasticsearch call
        lease.check();
        assert.equal(lease.lost, false);
        assert.ok((await getRedis().pttl(key)) > 0, 'the key is still held');
        assert.ok(lease.remainingMs() > 0);
      },
      { ttlMs: 1_000 },
    );
    assert.equal(await getRedis().exists(key), 0, 'released');
  });

  it('are known lost once another holder has the key', async () => {
    const key = rkey('lock', 'test', 'taken');
    await withLeases(
      getRedis(),
      [key],
      async (lease) => {
        await getRedis().set(key, 'someone-else', 'PX', 5_000); // our lease lapsed and another worker took it
        await sleep(1_500);
        assert.equal(lease.lost, true);
        assert.throws(() => lease.check(), ConflictError);
        assert.equal(lease.remainingMs(), 0);
      },
      { ttlMs: 1_000 },
    );
    assert.equal(await getRedis().get(key), 'someone-else', 'not released by the stale holder');
  });

  it('are known lost after a pause past their validity, before any extension fails', async () => {
    const key = rkey('lock', 'test', 'paused');
    await withLeases(
      getRedis(),
      [key],
      async (lease) => {
        const until = Date.now() + 1_100;
        while (Date.now() < until) {
          /* the event loop is blocked: no extension can run */
        }
        assert.throws(() => lease.check(), ConflictError);
      },
      { ttlMs: 1_000 },
    );
  });

  it("fence: a stale holder's write is refused by the version it read", async () => {
    const index = `${prefix}-fence`; // a plain index: the stand-in document is no incident
    const es = getElastic();
    await es.index({ index, id: 'fenced', document: { id: 'fenced', articleIds: ['a'] }, refresh: true });
    const key = rkey('lock', 'incidents', 'ZZ');
    let stale: Lease | undefined;
    const read = await getDoc<{ articleIds: string[] }>(index, 'fenced');
    await withLeases(
      getRedis(),
      [key],
      async (lease) => {
        stale = lease;
        // the lease lapses; another worker takes the shard and writes the incident
        await getRedis().set(key, 'new-holder', 'PX', 5_000);
        await es.index({
          index,
          id: 'fenced',
          document: { id: 'fenced', articleIds: ['a', 'b'] },
          if_seq_no: read!.seqNo,
          if_primary_term: read!.primaryTerm,
          refresh: true,
        });
        await sleep(1_500);
        // the stale holder would write what it built from its read: refused on both counts
        assert.throws(() => lease.check(), ConflictError);
        await assert.rejects(
          es.index({
            index,
            id: 'fenced',
            document: { id: 'fenced', articleIds: ['a', 'c'] },
            if_seq_no: read!.seqNo,
            if_primary_term: read!.primaryTerm,
          }),
          (err: { statusCode?: number }) => err.statusCode === 409,
        );
      },
      { ttlMs: 1_000 },
    );
    assert.ok(stale?.lost);
    assert.deepEqual(
      (await getDoc<{ articleIds: string[] }>(index, 'fenced'))?.doc.articleIds,
      ['a', 'b'],
      "the new holder's write stands",
    );
  });
});
