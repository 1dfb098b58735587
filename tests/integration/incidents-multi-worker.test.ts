// Four `labourwatch worker` processes started side by side make the same incidents as one (issue #14): generated
// news sites where several outlets report the same cases (tests/volume), crawled into the queues once per run,
// then drained by one worker process under one prefix and by four under another. The incidents must be the same
// sets of articles: no case made twice by two workers that saw two of its reports at once (a duplicate
// incident), none left split because a re-clustering lost a race (a lost merge), no article in two incidents.
// Both prefixes are crawled into their queues side by side before the drains (the crawls only fetch and queue).
// The analysis uses its rules (LABOURWATCH_NER_URL=off): the races are in the incidents stage, the statistical NER
// is not what is compared (its own tests are ner-*), and without it the incident jobs of the four workers crowd
// together sooner, not later.
// run-tests: slow
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { resetSettings } from '../../config/settings.js';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { waitForDrain } from '../../workers/drain.js';
import { closeQueues, getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { PATIENCE, runCli, spawnCli, tempDir, writeSources } from '../sites.js';
import { generateVolume } from '../volume/generator.js';
import { writeVolumeSites } from '../volume/pages.js';

const CASES = Number(process.env.LABOURWATCH_MULTI_CASES ?? 30);
const OUTLETS = 5;
const one = usePrefix('multi1');
const four = usePrefix('multi4');
let server: SampleServer;
let sourcesPath = '';

before(async () => {
  const dir = tempDir('multiworker');
  writeVolumeSites(dir, generateVolume({ cases: CASES, seed: 11, outlets: OUTLETS }), {
    outlets: OUTLETS,
    extraPerSite: 2,
  });
  server = await serveSampleSites({ dir });
  sourcesPath = writeSources(tempDir('multiworker-src'), server.sourcesYaml({ allowPrivateHosts: true }));
  await Promise.all([one, four].map(crawl));
});
after(async () => {
  await server?.close();
  for (const p of [one, four]) {
    process.env.LABOURWATCH_PREFIX = p;
    resetSettings();
    await cleanupPrefix(p);
  }
});

/** Each incident as the sorted URLs of its articles; the list sorted. */
async function incidentsAsUrlSets(prefix: string): Promise<string[][]> {
  const es = new Client({ node: 'http://127.0.0.1:9200' });
  try {
    const index = `${prefix}-incidents`;
    await es.indices.refresh({ index });
    const r = await es.search<{ articles: { url: string }[] }>({
      index,
      size: 10_000,
      _source: ['articles.url'],
      query: { match_all: {} },
    });
    return r.hits.hits
      .map((h) => h._source!.articles.map((a) => a.url).sort())
      .sort((a, b) => (a.join() < b.join() ? -1 : 1));
  } finally {
    await es.close();
  }
}

const envOf = (prefix: string) => ({
  LABOURWATCH_PREFIX: prefix,
  LABOURWATCH_PER_HOST_DELAY_MS: '0',
  LABOURWATCH_CRAWL_CONCURRENCY: '8',
  LABOURWATCH_WORKER_CONCURRENCY: '2',
  LABOURWATCH_NER_URL: 'off',
});

/** Crawls into the queues of `prefix` (no workers: the pages wait in the analyse queue). */
async function crawl(prefix: string): Promise<void> {
  const r = await runCli(['crawl', '--sources', sourcesPath, '--json'], envOf(prefix));
  assert.equal(r.code, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).queued > CASES, 'pages queued');
}

/** Drains the queues of `prefix` with `workers` worker processes started together. */
async function run(prefix: string, workers: number): Promise<string[][]> {
  process.env.LABOURWATCH_PREFIX = prefix;
  resetSettings();
  await closeQueues();
  const env = envOf(prefix);
  const procs = Array.from({ length: workers }, () => spawnCli(['worker', '--stages', 'analyse,index,incidents'], env));
  try {
    // a worker that exits before the queues drain (it failed to start) fails the test now, not at the hang guard
    const exited = procs.map((p) =>
      p.done.then((r) => {
        throw new Error(`a worker exited before the drain (${r.code ?? r.signal}): ${r.stderr.slice(-1000)}`);
      }),
    );
    for (const e of exited) e.catch(() => undefined); // the race below reports the first; the rest are the SIGTERM
    await Promise.race([waitForDrain({ pollMs: 500, timeoutMs: 300_000 * PATIENCE }), ...exited]);
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    for (const p of procs) {
      const r = await p.done;
      assert.ok(r.code === 0 || r.signal === 'SIGTERM', r.stderr.slice(-1000));
    }
  }
  for (const name of [QUEUE.analyse, QUEUE.index, QUEUE.incidents]) {
    const failed = await getQueue(name).getJobs(['failed']);
    assert.deepEqual(
      failed.map((j) => `${j.id}: ${j.failedReason}`),
      [],
      `${name}: no job failed for good`,
    );
  }
  return incidentsAsUrlSets(prefix);
}

describe('four worker processes side by side', () => {
  it('make the same incidents as one worker: no duplicate incident, no lost merge', async () => {
    const single = await run(one, 1);
    const many = await run(four, 4);
    assert.ok(
      single.some((s) => s.length > 1),
      'some case is told by several outlets',
    );
    for (const sets of [single, many]) {
      const urls = sets.flat();
      assert.equal(new Set(urls).size, urls.length, 'no article in two incidents');
    }
    assert.deepEqual(many, single);
  });
});
