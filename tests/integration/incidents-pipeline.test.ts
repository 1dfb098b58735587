// index → incidents → flags against the real Elasticsearch and Redis: reports of one case from several outlets
// and languages become one incident, a syndicated copy becomes another source, flags follow the day, an
// unchanged re-run changes nothing, and parallel workers lose no update.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Job } from 'bullmq';
import { setClock } from '../../lib/clock.js';
import { mergeIncident, newIncident } from '../../incidents/merge.js';
import { getDoc } from '../../lib/occ.js';
import { createIncident, getIncident, updateIncident } from '../../incidents/store.js';
import { listIncidents } from '../../incidents/query.js';
import { ensureIndices, getElastic, indexNames } from '../../lib/elastic.js';
import { articleId } from '../../lib/ids.js';
import { fromRoot } from '../../lib/paths.js';
import {
  NO_ENTITIES,
  type ArticleAnalysis,
  type ArticleDoc,
  type IncidentDoc,
  type IncidentFacts,
} from '../../lib/types.js';
import { processIncidents } from '../../workers/incidents.js';
import { processIndex } from '../../workers/indexing.js';
import { getQueue, QUEUE, type IncidentsJob, type IndexJob } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('incidents');
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
  language: string;
  publishedAt: string;
  title: string;
  facts: IncidentFacts;
}
const REPORTS = (
  JSON.parse(readFileSync(fromRoot('tests', 'fixtures', 'incidents', 'reports.json'), 'utf8')) as { reports: Report[] }
).reports;
const report = (id: string) => REPORTS.find((r) => r.id === id)!;

// distinct article texts: each report gets its own sentences, so none is a near-duplicate of another
const WORDS =
  'police workers farm raid owner passports wages debt rescued migrants court inspectors shelter contract village factory night document'.split(
    ' ',
  );
function textFor(seed: string, facts: IncidentFacts): string {
  let h = [...seed].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = () => {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    return WORDS[h % WORDS.length]!;
  };
  const sentences = Array.from({ length: 30 }, () => Array.from({ length: 9 }, next).join(' ') + '.');
  return `${facts.summary}\n\n${sentences.join(' ')}`;
}

const url = (source: string, id: string) => `https://${source}.example/news/${id}`;
function indexJob(
  id: string,
  source: string,
  facts: IncidentFacts | null,
  over: Partial<ArticleAnalysis> = {},
): IndexJob {
  const u = url(source, id);
  const analysis: ArticleAnalysis = {
    url: u,
    canonicalUrl: u,
    title: facts?.summary ?? id,
    byline: null,
    publishedAt: '2026-11-17',
    language: 'en',
    text: textFor(id, facts ?? ({ summary: id } as IncidentFacts)),
    relevance: facts ? { label: 'incident', score: 0.9 } : { label: 'related', score: 0.6 },
    incidents: facts ? [facts] : [],
    entities: NO_ENTITIES,
    ...over,
  };
  return { articleId: articleId(u), sourceId: source, fetchedAt: '2026-11-17T10:00:00Z', analysis };
}
const job = <D>(data: D, id: string) => ({ id, data, attemptsMade: 0, name: 'test' }) as unknown as Job<D, never>;

/** Runs the queued incidents jobs by hand (the tests drive the processors; the queue is real). */
async function drainIncidents(parallel = false): Promise<string[]> {
  const jobs = await getQueue(QUEUE.incidents).getJobs(['waiting', 'prioritized', 'delayed']);
  const run = async (j: Job<IncidentsJob>) => {
    const r = await processIncidents(j as never);
    await j.remove();
    return r.incidentIds;
  };
  const ids = parallel ? await Promise.all(jobs.map(run)) : [];
  if (!parallel) for (const j of jobs) ids.push(await run(j));
  // the stage does not refresh per job (incidents/ingest.ts): make its writes searchable for the listings below
  await getElastic().indices.refresh({ index: indexNames().incidents });
  return ids.flat();
}
const index = async (d: IndexJob) => processIndex(job(d, d.articleId) as never);
/** The incidents that hold an article (the links live in the incidents). */
const incidentsOf = async (articleId: string) => {
  await getElastic().indices.refresh({ index: indexNames().incidents });
  const r = await getElastic().search({
    index: indexNames().incidents,
    size: 100,
    query: { terms: { articleIds: [articleId] } },
    _source: false,
  });
  return r.hits.hits.map((h) => h._id!).sort();
};
const seqNos = async () => {
  await getElastic().indices.refresh({ index: indexNames().incidents });
  const r = await getElastic().search({ index: indexNames().incidents, size: 100, seq_no_primary_term: true });
  return Object.fromEntries(r.hits.hits.map((h) => [h._id, h._seq_no]));
};

describe('index → incidents → flags', () => {
  const jobs = [
    indexJob('car-wash-slovaks', 'ledger', report('001-uk-nottingham-car-wash-slovaks').facts),
    indexJob('car-wash-local', 'post', report('002-uk-nottingham-car-wash-local').facts),
    indexJob('moscow-en', 'wire', report('000-seed-moscow-supermarket').facts),
    indexJob('moscow-ru', 'vestnik', report('030-ru-moscow-supermarket-golyanovo').facts, { language: 'ru' }),
    indexJob('trawler', 'wire', report('003-thailand-songkhla-trawler').facts),
    indexJob('explainer', 'wire', null),
  ];

  it('merges reports of one case from different outlets and languages into one new incident each', async () => {
    for (const j of jobs) assert.equal((await index(j)).created, true);
    await drainIncidents();
    const list = await listIncidents();
    assert.equal(list.length, 3, JSON.stringify(list.map((i) => i.articleIds)));
    for (const i of list) {
      assert.equal(i.status, 'new');
      assert.equal(i.statusDate, '2026-11-17');
    }
    const sets = list.map((i) => i.articleIds.sort().join(','));
    assert.ok(
      sets.includes(
        [jobs[0]!, jobs[1]!]
          .map((j) => j.articleId)
          .sort()
          .join(','),
      ),
    );
    assert.ok(
      sets.includes(
        [jobs[2]!, jobs[3]!]
          .map((j) => j.articleId)
          .sort()
          .join(','),
      ),
    );
    // an article's incidents are the ones whose articleIds hold it; the article itself is written once, by the index stage
    assert.deepEqual(await incidentsOf(jobs[5]!.articleId), []);
    const carWash = list.find((i) => i.articleIds.includes(jobs[0]!.articleId))!;
    assert.deepEqual(carWash.victimsRange, { min: 13, max: 20 });
    assert.deepEqual(await incidentsOf(jobs[1]!.articleId), [carWash.id]);
    assert.equal(
      (await getElastic().get({ index: indexNames().articles, id: jobs[1]!.articleId }))._version,
      1,
      'the article was written once',
    );
  });

  it('an unchanged re-run changes nothing', async () => {
    const before = await seqNos();
    for (const j of jobs) assert.equal((await index(j)).changed, false);
    assert.deepEqual(await drainIncidents(), []);
    assert.deepEqual(await seqNos(), before);
  });

  it('keeps a syndicated copy as another source of the original and its incident', async () => {
    const orig = jobs[4]!;
    const copy = indexJob('trawler-copy', 'mirror', orig.analysis.incidents[0]!, {
      title: 'Another headline',
      text: `Another headline\nBy Staff\n\n${orig.analysis.text}\n\nShare this. Related: weather. © Mirror`,
    });
    const r = await index(copy);
    assert.equal(r.duplicateOf, orig.articleId);
    await drainIncidents();
    const original = await getDoc<ArticleDoc>(indexNames().articles, orig.articleId);
    assert.deepEqual(original?.doc.duplicateSources, ['mirror']);
    const inc = await getIncident((await incidentsOf(orig.articleId))[0]!);
    assert.deepEqual(inc?.articleIds.sort(), [orig.articleId, copy.articleId].sort());
    assert.equal((await listIncidents()).length, 3);
  });

  it('flags an incident updated on a later day when a report adds facts, not when it only repeats them', async () => {
    const restore = setClock(() => new Date('2026-11-19T09:00:00Z'));
    try {
      const same = indexJob('moscow-repeat', 'daily', report('000-seed-moscow-supermarket').facts);
      await index(same);
      await drainIncidents();
      let inc = (await listIncidents()).find((i) => i.articleIds.includes(same.articleId))!;
      assert.equal(inc.status, 'new');

      const facts = {
        ...report('000-seed-moscow-supermarket').facts,
        perpetrators: [
          { name: 'Saken Muzdybaev', role: null },
          { name: 'Ivan Petrov', role: 'accomplice' },
        ],
      };
      const more = indexJob('moscow-court', 'daily', facts);
      await index(more);
      await drainIncidents();
      inc = (await listIncidents()).find((i) => i.articleIds.includes(more.articleId))!;
      assert.equal(inc.status, 'updated');
      assert.equal(inc.statusDate, '2026-11-19');
      assert.ok(
        inc.provenance.some(
          (p) => p.field === 'perpetrator' && p.value === 'Ivan Petrov' && p.articleId === more.articleId,
        ),
      );
    } finally {
      restore();
    }
  });
});

describe('concurrency', () => {
  it('two workers with two reports of one new case at once make one incident', async () => {
    const a = indexJob('klang-a', 'one', report('007-malaysia-klang-glove-factory').facts);
    const b = indexJob('klang-b', 'two', {
      ...report('007-malaysia-klang-glove-factory').facts,
      summary: 'Glove factory raid',
    });
    await Promise.all([index(a), index(b)]);
    await drainIncidents(true);
    const list = (await listIncidents()).filter(
      (i) => i.articleIds.includes(a.articleId) || i.articleIds.includes(b.articleId),
    );
    assert.equal(list.length, 1);
    assert.deepEqual(list[0]!.articleIds.sort(), [a.articleId, b.articleId].sort());
  });

  it('reports of one case at once become one incident even when one names no country (they share a lease)', async () => {
    // the leases are per blocking key, not per country: a report whose place lost its country still meets the
    // other report of its case under one lease (before, they locked different country shards and each made an
    // incident of its own)
    const cases = [
      '007-malaysia-klang-glove-factory',
      '003-thailand-songkhla-trawler',
      '013-ghana-volta-fisherman-sentenced',
    ];
    const pairs = cases.map((c, n) => {
      const f = report(c).facts;
      const bare = {
        ...f,
        places: f.places.map((p) => ({ ...p, country: null })),
        victims: { ...f.victims, nationalities: [] },
      };
      return [
        indexJob(`nocountry-${n}-a`, `east${n}`, f),
        indexJob(`nocountry-${n}-b`, `west${n}`, { ...bare, summary: `${f.summary} (second outlet)` }),
      ] as const;
    });
    await Promise.all(pairs.flat().map(index));
    await drainIncidents(true);
    const all = await listIncidents();
    for (const [a, b] of pairs) {
      const holding = all.filter((i) => i.articleIds.includes(a.articleId) || i.articleIds.includes(b.articleId));
      assert.equal(holding.length, 1, `${a.articleId} and ${b.articleId} are in ${holding.length} incidents`);
      // (the case's reports from earlier tests may be there too)
      assert.ok(holding[0]!.articleIds.includes(a.articleId) && holding[0]!.articleIds.includes(b.articleId));
    }
  });

  it('parallel merges into one incident lose nothing (optimistic concurrency)', async () => {
    const f = report('013-ghana-volta-fisherman-sentenced').facts;
    const ref = (id: string) => ({
      id,
      url: `https://x.example/${id}`,
      title: id,
      source: id,
      publishedAt: '2026-11-17',
    });
    const inc = newIncident('concurrent-1', f, ref('r0'), '2026-11-17', '2026-11-17T00:00:00Z');
    assert.ok(await createIncident(inc));
    const ids = Array.from({ length: 12 }, (_, i) => `r${i + 1}`);
    await Promise.all(
      ids.map((id, i) =>
        updateIncident(inc.id, (d: IncidentDoc) =>
          mergeIncident(
            d,
            { ...f, victims: { ...f.victims, count: 100 + i, counts: [100 + i] } },
            ref(id),
            '2026-11-17',
          ),
        ),
      ),
    );
    const stored = (await getIncident(inc.id))!;
    assert.deepEqual(stored.articleIds.sort(), ['r0', ...ids].sort());
    assert.equal(stored.victimsRange?.max, 111);
  });
});
