// SIGKILL of `crawl --once` mid-run, against sites that fail every first request and answer slowly: after a
// restart every article is in `<prefix>-articles` exactly once, and no job failed for good.
// run-tests: slow
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { indexedArticles, runCli, spawnCli, tempDir, waitFor, writeSite, writeSources } from '../sites.js';

const prefix = usePrefix('killcrawl');
const ARTICLES = 24;
let server: SampleServer;
let sourcesPath = '';
let paths: string[] = [];
const env = {
  LABOURWATCH_PREFIX: prefix,
  LABOURWATCH_PER_HOST_DELAY_MS: '10',
  LABOURWATCH_CRAWL_CONCURRENCY: '4',
  LABOURWATCH_JOB_LOCK_SECS: '4',
};

before(async () => {
  const dir = tempDir('killcrawl');
  paths = writeSite(dir, 'gazette', ARTICLES);
  server = await serveSampleSites({ dir, faults: { failFirst: true, slowMs: 120 } });
  sourcesPath = writeSources(dir, server.sourcesYaml({ allowPrivateHosts: true }));
});
after(async () => {
  await server.close();
  await cleanupPrefix(prefix);
});

const articlePagesServed = () =>
  server.requests.filter((r) => r.status === 200 && /\/news\/a-\d+$/.test(new URL(r.url).pathname)).length;

describe('crawl --once killed with SIGKILL and started again', () => {
  it('indexes every article exactly once', async () => {
    const first = spawnCli(['crawl', '--sources', sourcesPath, '--once'], env);
    // mid-run: some pages fetched (and some analysed or indexed), most not yet
    await waitFor('a third of the articles fetched', () => articlePagesServed() >= ARTICLES / 3, 40_000);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    assert.equal(killed.signal, 'SIGKILL');
    const before = (await indexedArticles(prefix)).length;
    assert.ok(before < ARTICLES, `killed too late: ${before} already indexed`);

    const second = await runCli(['crawl', '--sources', sourcesPath, '--once', '--json'], env, 80_000);
    assert.equal(second.code, 0, second.stderr);

    const docs = await indexedArticles(prefix);
    const base = server.sites[0]!.baseUrl;
    assert.deepEqual(
      docs.map((d) => d.url).sort(),
      paths.map((p) => base + p).sort(),
      'every article indexed, under its own URL',
    );
    assert.equal(new Set(docs.map((d) => d.id)).size, docs.length);
    for (const name of [QUEUE.analyse, QUEUE.index]) {
      const failed = await getQueue(name).getJobs(['failed']);
      assert.deepEqual(
        failed.map((j) => `${j.id}: ${j.failedReason}`),
        [],
        `${name}: no job failed for good`,
      );
    }
  });
});
