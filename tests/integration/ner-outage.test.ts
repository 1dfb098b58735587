// An NER outage in the pipeline loses nothing: the analyse worker reaches the real CoreNLP server through a proxy
// that the test takes down; a relevant page's job meets NerUnavailableError, is postponed with a doubling delay
// (no attempt used), and completes once the server is back, its analysis served by the NER. An unrelated page never waits
// for the NER. With LABOURWATCH_NER_URL=off the rules serve the names at once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { resetSettings } from '../../config/settings.js';
import { articleId } from '../../lib/ids.js';
import { fromRoot } from '../../lib/paths.js';
import { getQueue, QUEUE, type PageJob } from '../../workers/queues.js';
import { startWorkers, type RunningWorkers } from '../../workers/run.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { hostPort, startProxy, type TcpProxy } from '../proxy.js';
import { waitFor } from '../sites.js';
import { requireNer } from './ner-server.js';

const pageJob = (name: string): PageJob => ({
  url: `https://news.example.org/ner-outage/${name}`,
  sourceId: 'ner-outage',
  fetchedAt: '2026-01-10T00:00:00Z',
  bodyBase64: readFileSync(fromRoot('tests', 'fixtures', 'analysis', 'pages', name)).toString('base64'),
  headers: { 'content-type': 'text/html; charset=utf-8' },
});

const prefix = usePrefix('nerdown');
let proxy: TcpProxy;
let workers: RunningWorkers | undefined;

before(async () => {
  const url = await requireNer();
  proxy = await startProxy(hostPort(url, 9010));
});
after(async () => {
  await workers?.close();
  await proxy?.close();
  await cleanupPrefix(prefix);
});

/** The analysis the analyse stage handed to the index queue for `url` (no index worker runs here). */
async function handedOn(url: string) {
  const job = await getQueue(QUEUE.index).getJob(articleId(url));
  return job?.data.analysis;
}

describe('NER outage in the pipeline', () => {
  it('a relevant page waits for the NER (retried with backoff) and completes when it is back; nothing lost', async () => {
    process.env.LABOURWATCH_NER_URL = `http://${proxy.address}`;
    process.env.LABOURWATCH_NER_TIMEOUT_MS = '3000';
    resetSettings();
    proxy.down();
    workers = await startWorkers([QUEUE.analyse]);
    const relevant = pageJob('001-uk-nottingham-car-wash-slovaks.html');
    const unrelated = pageJob('053-unrelated-football-forced-off-injury.html');
    const q = getQueue(QUEUE.analyse);
    await q.add('page', relevant, { jobId: articleId(relevant.url) });
    await q.add('page', unrelated, { jobId: articleId(unrelated.url) });

    // the unrelated page does not wait for the NER
    await waitFor('the unrelated page handed on', async () => !!(await handedOn(unrelated.url)), 60_000);
    assert.equal((await handedOn(unrelated.url))!.analysis?.ner, 'rules');

    // the relevant one is tried at least twice and postponed each time, without using up its attempts
    const job = async () => (await q.getJob(articleId(relevant.url)))!;
    await waitFor('two tries while the NER is down', async () => (await job()).attemptsStarted >= 2, 120_000);
    assert.equal(
      (await job()).attemptsMade,
      0,
      'no attempt used: an outage of any length cannot make the job fail for good',
    );
    assert.ok(['delayed', 'waiting', 'active'].includes(await (await job()).getState()), 'still queued');
    assert.equal(
      await handedOn(relevant.url),
      undefined,
      'nothing handed on with the rules while the NER is only down',
    );
    assert.ok(proxy.refused > 0);

    proxy.up();
    await waitFor(
      'the relevant page handed on after the outage',
      async () => !!(await handedOn(relevant.url)),
      120_000,
    );
    const analysis = (await handedOn(relevant.url))!;
    assert.match(analysis.analysis?.ner ?? '', /^corenlp-\d/);
    assert.notEqual(analysis.relevance.label, 'unrelated');
    assert.deepEqual(
      (await q.getJobs(['failed'])).map((j) => `${j.id}: ${j.failedReason}`),
      [],
      'no job failed for good',
    );
    await workers.close();
    workers = undefined;
  });

  it('switched off (LABOURWATCH_NER_URL=off): the rules serve the names, no retry', async () => {
    process.env.LABOURWATCH_NER_URL = 'off';
    resetSettings();
    workers = await startWorkers([QUEUE.analyse]);
    const job = { ...pageJob('003-thailand-songkhla-trawler.html') };
    await getQueue(QUEUE.analyse).add('page', job, { jobId: articleId(job.url) });
    await waitFor('the page handed on', async () => !!(await handedOn(job.url)), 60_000);
    assert.equal((await handedOn(job.url))!.analysis?.ner, 'rules');
  });
});
