// Round trips to Elasticsearch per report, counted at the client's transport while the index and incidents stages
// run on sixteen reports of eleven cases (several outlets per case) and one syndicated copy: each stage carries
// what the next one needs in its job, links articles to incidents through the incidents, and writes each document
// once. The counts are printed (issue #14 measured ≥ 7 before); the bound keeps them from creeping back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Job } from 'bullmq';
import { setClock } from '../../lib/clock.js';
import { ensureIndices, getElastic } from '../../lib/elastic.js';
import { articleId } from '../../lib/ids.js';
import { fromRoot } from '../../lib/paths.js';
import { NO_ENTITIES, type ArticleAnalysis, type IncidentFacts } from '../../lib/types.js';
import { listIncidents } from '../../incidents/query.js';
import { searchArticles } from '../../search/run.js';
import type { SearchParams } from '../../search/params.js';
import { processIncidents } from '../../workers/incidents.js';
import { processIndex } from '../../workers/indexing.js';
import { getQueue, QUEUE, type IncidentsJob, type IndexJob } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('roundtrips');
let restoreClock = () => {};
before(async () => {
  await ensureIndices();
  restoreClock = setClock(() => new Date('2026-11-17T12:00:00Z'));
});
after(async () => {
  restoreClock();
  await cleanupPrefix(prefix);
});

interface Report {
  id: string;
  case: string;
  facts: IncidentFacts;
}
const REPORTS = (
  JSON.parse(readFileSync(fromRoot('tests', 'fixtures', 'incidents', 'reports.json'), 'utf8')) as { reports: Report[] }
).reports;

/** Counts the requests the shared client sends (every API call goes through transport.request). */
function countCalls(): { calls: string[]; stop(): void } {
  const t = getElastic().transport as unknown as {
    request: (p: { method: string; path: string }, o?: unknown) => Promise<unknown>;
  };
  const orig = t.request;
  const calls: string[] = [];
  t.request = function (p, o) {
    calls.push(`${p.method} ${p.path.replace(/^\/[^/_][^/]*/, '<index>').replace(/\/[0-9a-f]{16,}$/, '/<id>')}`);
    return orig.call(this, p, o);
  };
  return {
    calls,
    stop: () => {
      t.request = orig;
    },
  };
}

const WORDS =
  'police workers farm raid owner passports wages debt rescued migrants court inspectors shelter contract village factory night document'.split(
    ' ',
  );
function textFor(seed: string, summary: string): string {
  let h = [...seed].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = () => {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    return WORDS[h % WORDS.length]!;
  };
  return `${summary}\n\n${Array.from({ length: 30 }, () => Array.from({ length: 9 }, next).join(' ') + '.').join(' ')}`;
}
function indexJob(id: string, source: string, facts: IncidentFacts, text = textFor(id, facts.summary)): IndexJob {
  const u = `https://${source}.example/news/${id}`;
  const analysis: ArticleAnalysis = {
    url: u,
    canonicalUrl: u,
    title: facts.summary,
    byline: null,
    publishedAt: '2026-11-17',
    language: 'en',
    text,
    relevance: { label: 'incident', score: 0.9 },
    incidents: [facts],
    entities: NO_ENTITIES,
  };
  return { articleId: articleId(u), sourceId: source, fetchedAt: '2026-11-17T10:00:00Z', analysis };
}
const asJob = <D>(data: D, id: string) =>
  ({ id, data, attemptsMade: 0, attemptsStarted: 1, name: 'test' }) as unknown as Job<D, never>;

describe('round trips to Elasticsearch per report', () => {
  it('index and incidents stages: few calls per report, one write per document per stage', async () => {
    const jobs = REPORTS.map((r, i) => indexJob(r.id, `outlet${i}`, r.facts));
    const first = jobs[1]!;
    jobs.push(indexJob('syndicated-copy', 'mirror', first.analysis.incidents[0]!, first.analysis.text)); // a wire copy: a duplicate
    await getElastic().indices.refresh({ index: `${prefix}-*` });

    const c = countCalls();
    let indexCalls = 0;
    let incidentCalls = 0;
    try {
      for (const j of jobs) {
        const before = c.calls.length;
        await processIndex(asJob(j, j.articleId) as never);
        indexCalls += c.calls.length - before;
        for (const q of await getQueue(QUEUE.incidents).getJobs(['waiting', 'prioritized', 'delayed'])) {
          const b = c.calls.length;
          await processIncidents(q as Job<IncidentsJob> as never);
          incidentCalls += c.calls.length - b;
          await q.remove();
        }
      }
    } finally {
      c.stop();
    }
    const perReport = (indexCalls + incidentCalls) / jobs.length;
    const writes = c.calls.filter((x) => /^(PUT|POST) .*(_doc|_create|_bulk)/.test(x) || /^DELETE/.test(x));
    const incidentWrites = c.calls.filter((x) => /_bulk|^DELETE/.test(x)).length;
    process.stdout.write(
      `# round trips: ${jobs.length} reports, index stage ${indexCalls} calls (${(indexCalls / jobs.length).toFixed(2)}/report), ` +
        `incidents stage ${incidentCalls} (${(incidentCalls / jobs.length).toFixed(2)}/report), ${perReport.toFixed(2)} per report; ${writes.length} write requests\n`,
    );
    for (const [k, n] of Object.entries(
      c.calls.reduce<Record<string, number>>((m, x) => {
        m[x] = (m[x] ?? 0) + 1;
        return m;
      }, {}),
    ))
      process.stdout.write(`#   ${n}× ${k}\n`);

    // the stage leaves its writes to the index's refresh (1 s) or to the next holder of a lock key (ingest.ts)
    await getElastic().indices.refresh({ index: `${prefix}-incidents` });
    const incidents = await listIncidents();
    const cases = new Set(REPORTS.map((r) => r.case));
    assert.equal(incidents.length, cases.size, 'one incident per case');
    // index: one read and one write per article (+ read-and-write of the original for a copy); incidents: one
    // msearch, one mget, one bulk, and a refresh before the msearch only when the last holder of one of its lock
    // keys wrote (a later report of a case, or one sharing a place or name: 9 of these 17; the bulk itself no
    // longer refreshes, incidents/ingest.ts). Measured before this shape (issue #14): 10.3 per report, 52 writes for 17.
    // readers get the links from the incidents: an article's incident ids, and an incident's articles
    const withCopy = incidents.find((i) => i.articleIds.includes(first.articleId))!;
    await getElastic().indices.refresh({ index: `${prefix}-*` });
    const found = await searchArticles({ ids: [withCopy.id] } as SearchParams, { size: 50 });
    assert.deepEqual(
      found.articles.map((a) => a.id).sort(),
      withCopy.articleIds.filter((id) => id !== jobs[jobs.length - 1]!.articleId).sort(),
      'its articles (the copy is listed as another source)',
    );
    for (const a of found.articles) assert.deepEqual(a.incidentIds, [withCopy.id]);

    assert.ok(perReport <= 6, `${perReport.toFixed(2)} round trips per report`);
    const refreshes = c.calls.filter((x) => /_refresh/.test(x)).length;
    assert.ok(
      refreshes < jobs.length,
      `${refreshes} refreshes for ${jobs.length} reports: only after a shared key's write`,
    );
    assert.ok(incidentWrites <= jobs.length, `${incidentWrites} incident write requests for ${jobs.length} reports`);
    assert.ok(
      c.calls.filter((x) => /^PUT <index>\/_doc/.test(x)).length <= jobs.length + 1,
      "each article written once (and the copy's original once more)",
    );
  });
});
