// A backing service unavailable mid-run: the crawler and workers reach the real Elasticsearch or Redis through a
// TCP proxy that the test takes down for a while (the shared server keeps running). For Elasticsearch, jobs wait
// and retry; for Redis (dropped connections, as after a quick restart), connections come back by themselves.
// Either way every article is indexed exactly once, no job is lost and none failed for good.
// run-tests: slow
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { resetSettings } from '../../config/settings.js';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { getQueue, pendingWork, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { hostPort, startProxy, type TcpProxy } from '../proxy.js';
import { type CliRun, crawlThroughOutage, indexedArticles, tempDir, writeSite, writeSources } from '../sites.js';

const ARTICLES = 30;

interface Outage {
  service: string;
  label: string;
  /** The real server the proxy forwards to. */
  target: string;
  defaultPort: number;
  /** Environment that sends the child through the proxy. */
  env(proxyAddress: string): Record<string, string>;
  /** Article pages served before the proxy goes down. */
  after: number;
  downMs: number;
}

const OUTAGES: Outage[] = [
  {
    service: 'Elasticsearch',
    label: 'esdown',
    target: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200',
    defaultPort: 9200,
    env: (a) => ({ ELASTICSEARCH_URL: `http://${a}` }),
    after: 5,
    downMs: 6000,
  },
  {
    service: 'Redis',
    label: 'redisdown',
    target: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    defaultPort: 6379,
    env: (a) => ({ REDIS_URL: `redis://${a}` }),
    after: 8,
    downMs: 3000,
  },
];

interface Scenario {
  prefix: string;
  server: SampleServer;
  proxy: TcpProxy;
  paths: string[];
  run: CliRun;
}

/** Sets up one outage's site, proxy and prefix, and crawls through the outage. */
async function crawlThrough(o: Outage, started: Scenario[]): Promise<Scenario> {
  const prefix = usePrefix(o.label);
  const dir = tempDir(o.label);
  const paths = writeSite(dir, 'gazette', ARTICLES);
  const server = await serveSampleSites({ dir, faults: { slowMs: 60 } });
  const proxy = await startProxy(hostPort(o.target, o.defaultPort));
  const sc: Scenario = { prefix, server, proxy, paths, run: undefined as unknown as CliRun };
  started.push(sc);
  const sourcesPath = writeSources(dir, server.sourcesYaml({ allowPrivateHosts: true }));
  const served = () => server.requests.filter((r) => r.status === 200 && /\/news\/a-/.test(r.url)).length;
  sc.run = await crawlThroughOutage({
    args: ['crawl', '--sources', sourcesPath, '--once', '--json'],
    env: {
      LABOURWATCH_PREFIX: prefix,
      ...o.env(proxy.address),
      LABOURWATCH_PER_HOST_DELAY_MS: '0',
      LABOURWATCH_CRAWL_CONCURRENCY: '2',
    },
    proxy,
    outageAfter: () => served() >= o.after,
    downMs: o.downMs,
  });
  return sc;
}

// The two outages touch different services through their own proxies, prefixes and sites: they run side by side
// (each spends its time waiting for its service to come back), and each test reads only its own.
const started: Scenario[] = [];
const scenarios = OUTAGES.map((o) => crawlThrough(o, started));
for (const s of scenarios) s.catch(() => undefined); // its test reports the failure
after(async () => {
  await Promise.allSettled(scenarios);
  for (const sc of started) {
    await sc.proxy.close();
    await sc.server.close();
    process.env.LABOURWATCH_PREFIX = sc.prefix;
    resetSettings();
    await cleanupPrefix(sc.prefix);
  }
});

OUTAGES.forEach((o, i) => {
  describe(`${o.service} unavailable mid-run`, () => {
    it('work waits and comes back; every article indexed exactly once, nothing left behind', async () => {
      const { prefix, server, proxy, paths, run: r } = await scenarios[i]!;
      // the queue checks below read this file's settings: point them at this outage's prefix
      process.env.LABOURWATCH_PREFIX = prefix;
      resetSettings();
      assert.equal(r.code, 0, r.stderr.slice(-3000));
      assert.ok(proxy.refused > 0, `the crawler and workers did try ${o.service} during the outage`);
      const docs = await indexedArticles(prefix);
      const base = server.sites[0]!.baseUrl;
      assert.deepEqual(docs.map((d) => d.url).sort(), paths.map((p) => base + p).sort());
      assert.equal(await pendingWork(), 0);
      for (const name of [QUEUE.analyse, QUEUE.index, QUEUE.incidents]) {
        const failed = await getQueue(name).getJobs(['failed']);
        assert.deepEqual(
          failed.map((j) => `${j.id}: ${j.failedReason}`),
          [],
          `${name}: no job failed for good`,
        );
      }
    });
  });
});
