// SIGKILL of a `labourwatch worker` with jobs in hand: its jobs go back to waiting once their lock lapses, the
// next run finishes them, and every article is in `<prefix>-articles` exactly once.
// run-tests: slow
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { getQueue, pendingWork, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { indexedArticles, runCli, spawnCli, tempDir, waitFor, writeSite, writeSources } from '../sites.js';

const prefix = usePrefix('killworker');
const ARTICLES = 60;
let server: SampleServer;
let sourcesPath = '';
let paths: string[] = [];
const env = {
  LABOURWATCH_PREFIX: prefix,
  LABOURWATCH_PER_HOST_DELAY_MS: '0',
  LABOURWATCH_CRAWL_CONCURRENCY: '8',
  LABOURWATCH_JOB_LOCK_SECS: '4',
  LABOURWATCH_WORKER_CONCURRENCY: '2',
};

before(async () => {
  const dir = tempDir('killworker');
  paths = writeSite(dir, 'gazette', ARTICLES);
  server = await serveSampleSites({ dir });
  sourcesPath = writeSources(dir, server.sourcesYaml({ allowPrivateHosts: true }));
});
after(async () => {
  await server.close();
  await cleanupPrefix(prefix);
});

describe('a worker killed with SIGKILL mid-job', () => {
  it('loses and duplicates nothing once the pipeline runs again', async () => {
    // crawl without --once: the pages wait in the analyse queue for workers
    const crawl = await runCli(['crawl', '--sources', sourcesPath, '--json'], env);
    assert.equal(crawl.code, 0, crawl.stderr);
    assert.equal(JSON.parse(crawl.stdout).queued, ARTICLES);

    const worker = spawnCli(['worker'], env);
    await waitFor(
      'the worker to index some articles',
      async () => (await indexedArticles(prefix)).length >= 3,
      40_000,
      50,
    );
    worker.child.kill('SIGKILL');
    assert.equal((await worker.done).signal, 'SIGKILL');
    assert.ok((await pendingWork()) > 0, 'killed with work left');

    // a fresh run: nothing new to crawl, the workers here finish what the dead one held
    const again = await runCli(['crawl', '--sources', sourcesPath, '--once', '--json'], env, 80_000);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(JSON.parse(again.stdout).queued, 0, 'nothing fetched twice');

    const docs = await indexedArticles(prefix);
    const base = server.sites[0]!.baseUrl;
    assert.deepEqual(docs.map((d) => d.url).sort(), paths.map((p) => base + p).sort());
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
