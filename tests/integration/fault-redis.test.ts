// Redis restarted mid-run: the crawler and workers reach the real Redis through a TCP proxy that drops every
// connection and refuses new ones for a while (the shared Redis keeps running, as after a quick restart).
// Connections come back by themselves; every article is indexed exactly once and no job is lost.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { getQueue, pendingWork, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { hostPort, startProxy, type TcpProxy } from '../proxy.js';
import { crawlThroughOutage, indexedArticles, tempDir, writeSite, writeSources } from '../sites.js';

const prefix = usePrefix('redisdown');
const ARTICLES = 30;
let server: SampleServer;
let proxy: TcpProxy;
let sourcesPath = '';
let paths: string[] = [];

before(async () => {
  const dir = tempDir('redisdown');
  paths = writeSite(dir, 'gazette', ARTICLES);
  server = await serveSampleSites({ dir, faults: { slowMs: 60 } });
  sourcesPath = writeSources(dir, server.sourcesYaml({ allowPrivateHosts: true }));
  proxy = await startProxy(hostPort(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379));
});
after(async () => { await proxy.close(); await server.close(); await cleanupPrefix(prefix); });

describe('Redis restarted mid-run', () => {
  it('reconnects; every article indexed exactly once, nothing left behind', async () => {
    const served = () => server.requests.filter((r) => r.status === 200 && /\/news\/a-/.test(r.url)).length;
    const r = await crawlThroughOutage({
      args: ['crawl', '--sources', sourcesPath, '--once', '--json'],
      env: { LABOURWATCH_PREFIX: prefix, REDIS_URL: `redis://${proxy.address}`, LABOURWATCH_PER_HOST_DELAY_MS: '0', LABOURWATCH_CRAWL_CONCURRENCY: '2' },
      proxy, outageAfter: () => served() >= 8, downMs: 3000,
    });
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    assert.ok(proxy.refused > 0, 'the crawler and workers did try Redis during the outage');
    const docs = await indexedArticles(prefix);
    const base = server.sites[0]!.baseUrl;
    assert.deepEqual(docs.map((d) => d.url).sort(), paths.map((p) => base + p).sort());
    assert.equal(await pendingWork(), 0);
    for (const name of [QUEUE.analyse, QUEUE.index, QUEUE.incidents]) {
      const failed = await getQueue(name).getJobs(['failed']);
      assert.deepEqual(failed.map((j) => `${j.id}: ${j.failedReason}`), [], `${name}: no job failed for good`);
    }
  });
});
