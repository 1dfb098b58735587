// Elasticsearch unavailable mid-run: the workers reach the real Elasticsearch through a TCP proxy that the test
// takes down for a while (the shared server keeps running). Jobs wait and retry; once it is back nothing is lost.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { hostPort, startProxy, type TcpProxy } from '../proxy.js';
import { crawlThroughOutage, indexedArticles, tempDir, writeSite, writeSources } from '../sites.js';

const prefix = usePrefix('esdown');
const ARTICLES = 30;
let server: SampleServer;
let proxy: TcpProxy;
let sourcesPath = '';
let paths: string[] = [];

before(async () => {
  const dir = tempDir('esdown');
  paths = writeSite(dir, 'gazette', ARTICLES);
  server = await serveSampleSites({ dir, faults: { slowMs: 60 } });
  sourcesPath = writeSources(dir, server.sourcesYaml({ allowPrivateHosts: true }));
  proxy = await startProxy(hostPort(process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200', 9200));
});
after(async () => { await proxy.close(); await server.close(); await cleanupPrefix(prefix); });

describe('Elasticsearch unavailable mid-run', () => {
  it('jobs wait and retry; every article indexed exactly once when it is back', async () => {
    const served = () => server.requests.filter((r) => r.status === 200 && /\/news\/a-/.test(r.url)).length;
    const r = await crawlThroughOutage({
      args: ['crawl', '--sources', sourcesPath, '--once', '--json'],
      env: { LABOURWATCH_PREFIX: prefix, ELASTICSEARCH_URL: `http://${proxy.address}`, LABOURWATCH_PER_HOST_DELAY_MS: '0', LABOURWATCH_CRAWL_CONCURRENCY: '2' },
      proxy, outageAfter: () => served() >= 5, downMs: 6000,
    });
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    assert.ok(proxy.refused > 0, 'the workers did try Elasticsearch during the outage');
    const docs = await indexedArticles(prefix);
    const base = server.sites[0]!.baseUrl;
    assert.deepEqual(docs.map((d) => d.url).sort(), paths.map((p) => base + p).sort());
    for (const name of [QUEUE.analyse, QUEUE.index, QUEUE.incidents]) {
      const failed = await getQueue(name).getJobs(['failed']);
      assert.deepEqual(failed.map((j) => `${j.id}: ${j.failedReason}`), [], `${name}: no job failed for good`);
    }
  });
});
