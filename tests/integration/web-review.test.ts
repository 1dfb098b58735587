// Review, correction, merge, split, actors and sorting through the HTTP API against the real Elasticsearch, over
// the seeded incidents plus one undated case: writes need the token, every decision lands in the history, a merged
// id redirects, pinned articles point at the incident people chose, undated incidents sort last either way.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('webreview');
const { seed, seedDocs, STORIES } = await import('../e2e/seed.js');
const { buildServer } = await import('../../web/server.js');
const { getDoc } = await import('../../lib/occ.js');
const { ingestArticle } = await import('../../incidents/ingest.js');
const { indexNames } = await import('../../lib/elastic.js');
type ArticleDoc = import('../../lib/types.js').ArticleDoc;
type IncidentFacts = import('../../lib/types.js').IncidentFacts;

/** The stored article carries its facts (the seed leaves them out), as the analysis would have stored them. */
async function giveFacts(articleId: string, facts: IncidentFacts): Promise<void> {
  const { getElastic } = await import('../../lib/elastic.js');
  await getElastic().update({
    index: indexNames().articles,
    id: articleId,
    doc: { incidents: [facts] },
    refresh: true,
  });
}
/** Re-analysis of an article: its facts come again and ingest runs over its neighbourhood. */
async function reanalyse(articleId: string, facts: IncidentFacts): Promise<void> {
  await giveFacts(articleId, facts);
  const doc = (await getDoc<ArticleDoc>(indexNames().articles, articleId))!.doc;
  await ingestArticle(doc, '2026-12-02', '2026-12-02T12:00:00Z');
}
const factsOf = (id: string): IncidentFacts => {
  const d = seedDocs().incidents.find((x) => x.id === id)!;
  return {
    summary: d.summary,
    date: d.date,
    places: d.places,
    victims: d.victims,
    businesses: d.businesses,
    perpetrators: d.perpetrators,
    indicators: d.indicators,
  };
};

const TOKEN = 'review-token-123';
const auth = { authorization: `Bearer ${TOKEN}` };
let app: FastifyInstance;
const undated = {
  ...STORIES[1]!,
  id: 'inc-undated',
  date: null as unknown as string,
  seen: '2024-09-01T00:00:00Z',
  summary: 'Workers at a sawmill said wages were withheld.',
  victims: [3],
  businesses: [{ name: 'Golden Bridge Recruitment Sdn Bhd', sector: 'recruitment' }],
  articles: [{ ...STORIES[1]!.articles[0]!, url: 'http://127.0.0.1:1/x/sawmill', title: 'Sawmill workers unpaid' }],
};
before(async () => {
  const docs = seedDocs([...STORIES, undated]);
  const u = docs.incidents.find((d) => d.id === 'inc-undated')!;
  u.date = null;
  u.provenance = u.provenance.filter((p) => p.field !== 'date');
  await seed(docs);
  app = await buildServer({ policy: { apiToken: TOKEN, requireTokenForReads: false }, queueBoard: false });
});
after(async () => {
  await app?.close();
  await cleanupPrefix(prefix);
});

const call = async (
  method: 'GET' | 'PATCH' | 'POST',
  url: string,
  body?: unknown,
  headers: Record<string, string> = auth,
) => {
  const r = await app.inject({
    method,
    url,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    payload: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.statusCode, headers: r.headers, json: () => JSON.parse(r.body) };
};
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('sorting and paging', () => {
  test('by event date, undated last in both orders, paged by offset/size', async () => {
    const desc = ids((await call('GET', '/api/incidents?sort=eventDate&order=desc')).json());
    assert.deepEqual(desc, [
      'inc-it-tomatoes',
      'inc-qa-construction',
      'inc-ru-construction',
      'inc-my-glove',
      'inc-ru-greenhouse',
      'inc-th-fishing',
      'inc-undated',
    ]);
    const asc = ids((await call('GET', '/api/incidents?sort=eventDate&order=asc')).json());
    assert.equal(asc.at(-1), 'inc-undated');
    assert.equal(asc[0], 'inc-th-fishing');
    const page2 = await call('GET', '/api/search?sort=eventDate&order=asc&offset=5&size=5');
    assert.deepEqual(ids(page2.json().incidents), ['inc-it-tomatoes', 'inc-undated']);
    assert.equal(page2.json().facets.undated, 1, 'undated incidents are counted apart');
    assert.ok(
      !page2.json().facets.month.some((m: { key: string }) => m.key === '2024-09'),
      'an undated incident is never charted at its crawl month',
    );
  });
  test('victims and sources; a date filter never matches an undated incident by its crawl time', async () => {
    assert.equal(ids((await call('GET', '/api/incidents?sort=victims')).json())[0], 'inc-my-glove');
    assert.deepEqual(
      ids((await call('GET', '/api/incidents?sort=sources')).json())
        .slice(0, 2)
        .sort(),
      ['inc-qa-construction', 'inc-ru-greenhouse'],
    );
    assert.equal(ids((await call('GET', '/api/incidents?sort=sources&order=asc')).json()).length, 7);
    assert.deepEqual(ids((await call('GET', '/api/incidents?from=2024-09-01&to=2024-09-30')).json()), []);
    assert.equal((await call('GET', '/api/incidents?sort=crawl')).status, 400);
  });
});

describe('actors', () => {
  test('one actor per real name across legal forms, with every incident it appears in', async () => {
    const r = (await call('GET', '/api/actors?q=golden%20bridge')).json();
    assert.equal(r.actors.length, 1, JSON.stringify(r.actors.map((a: { name: string }) => a.name)));
    const a = r.actors[0];
    assert.equal(a.kind, 'business');
    assert.ok(a.recruiter);
    assert.ok(a.variants.includes('Golden Bridge Recruitment Sdn Bhd'));
    const one = (await call('GET', `/api/actors/${a.id}`)).json();
    assert.deepEqual(ids(one.incidents).sort(), ['inc-my-glove', 'inc-qa-construction', 'inc-undated']);
    const people = (await call('GET', '/api/actors?kind=person&q=karimov')).json();
    assert.equal(people.actors[0].incidentCount, 2);
    const facet = (await call('GET', `/api/search?actor=${a.id}`)).json();
    assert.deepEqual(ids(facet.incidents).sort(), ['inc-my-glove', 'inc-qa-construction', 'inc-undated']);
    assert.ok(facet.facets.actor.some((b: { key: string }) => b.key === a.id));
  });
});

describe('review, correction, merge and split', () => {
  test('writes need the token', async () => {
    assert.equal((await call('PATCH', '/api/incidents/inc-th-fishing', { review: 'rejected' }, {})).status, 401);
    assert.equal((await call('PATCH', '/api/incidents/inc-th-fishing', { review: 'wrong' })).status, 400);
    assert.equal((await call('PATCH', '/api/incidents/nope', { review: 'verified' })).status, 404);
  });
  test('a verdict with a note and a corrected fact, kept in the history and in the list', async () => {
    const r = await call('PATCH', '/api/incidents/inc-th-fishing', {
      review: 'rejected',
      note: 'not forced labour',
      who: 'analyst A',
    });
    assert.equal(r.status, 200);
    assert.equal(r.json().review, 'rejected');
    const c = await call('PATCH', '/api/incidents/inc-it-tomatoes', {
      corrections: { date: '2023-08-07', 'victims.count': 40 },
      note: 'court papers',
    });
    assert.equal(c.json().date, '2023-08-07');
    assert.equal(c.json().victims.count, 40);
    const got = (await call('GET', '/api/incidents/inc-it-tomatoes')).json();
    assert.equal(got.history[0].action, 'correct');
    assert.equal(got.history[0].before.date, '2024-08-07');
    assert.deepEqual(ids((await call('GET', '/api/incidents?review=rejected')).json()), ['inc-th-fishing']);
    const h = (await call('GET', '/api/incidents/inc-th-fishing')).json().history;
    assert.deepEqual(
      [h[0].action, h[0].who, h[0].before.review, h[0].after.review, h[0].note],
      ['review', 'analyst A', 'unreviewed', 'rejected', 'not forced labour'],
    );
  });
  test('merge: one incident with both reports; the old id redirects; articles pinned to it', async () => {
    const r = await call('POST', '/api/incidents/inc-ru-greenhouse/merge', {
      from: 'inc-ru-construction',
      note: 'same recruiter',
    });
    assert.equal(r.status, 200);
    const m = r.json();
    assert.equal(m.articles.length, 3);
    assert.ok(m.businesses.some((b: { name: string }) => b.name === 'Nevsky Stroy'));
    assert.equal(m.history.at(-1).action, 'merge');
    const old = await call('GET', '/api/incidents/inc-ru-construction');
    assert.equal(old.status, 301);
    assert.equal(old.headers.location, '/api/incidents/inc-ru-greenhouse');
    for (const a of m.articles) {
      const doc = (await getDoc<ArticleDoc>(indexNames().articles, a.id))!.doc;
      assert.equal(doc.pinnedIncidentId, 'inc-ru-greenhouse');
      assert.deepEqual(doc.incidentIds, ['inc-ru-greenhouse']);
    }
    assert.equal(
      (await call('POST', '/api/incidents/inc-ru-greenhouse/merge', { from: 'inc-ru-greenhouse' })).status,
      400,
    );
  });
  test('re-analysis of every merged article keeps the merge, and of a rejected one keeps the rejection', async () => {
    const before = (await call('GET', '/api/incidents/inc-ru-greenhouse')).json();
    for (const a of before.articles)
      await giveFacts(a.id, factsOf(/builders/.test(a.url) ? 'inc-ru-construction' : 'inc-ru-greenhouse'));
    for (const a of before.articles)
      await reanalyse(a.id, factsOf(/builders/.test(a.url) ? 'inc-ru-construction' : 'inc-ru-greenhouse'));
    const after = (await call('GET', '/api/incidents/inc-ru-greenhouse')).json();
    const where = await Promise.all(
      before.articles.map(async (a: { id: string; url: string }) => {
        const d = (await getDoc<ArticleDoc>(indexNames().articles, a.id))!.doc;
        return `${a.url} → ${(d.incidentIds ?? []).join(',')} (pinned ${d.pinnedIncidentId})`;
      }),
    );
    assert.deepEqual(ids(after.articles).sort(), ids(before.articles).sort(), where.join('\n'));
    assert.equal(
      (await call('GET', '/api/incidents/inc-ru-construction')).status,
      301,
      'the merged-away incident is not re-created',
    );
    const fishing = (await call('GET', '/api/incidents/inc-th-fishing')).json();
    await reanalyse(fishing.articles[0].id, factsOf('inc-th-fishing'));
    const again = (await call('GET', '/api/incidents/inc-th-fishing')).json();
    assert.equal(again.review, 'rejected');
    assert.deepEqual(ids(again.articles), ids(fishing.articles));
    const tomatoes = (await call('GET', '/api/incidents/inc-it-tomatoes')).json();
    await reanalyse(tomatoes.articles[0].id, factsOf('inc-it-tomatoes'));
    assert.equal(
      (await call('GET', '/api/incidents/inc-it-tomatoes')).json().date,
      '2023-08-07',
      'the hand-corrected date wins over re-analysis',
    );
  });
  test('split: the article leaves for an incident of its own with its own facts', async () => {
    const inc = (await call('GET', '/api/incidents/inc-ru-greenhouse')).json();
    const moving = inc.articles.find((a: { title: string }) => /Builders/.test(a.title));
    const r = await call('POST', '/api/incidents/inc-ru-greenhouse/split', { articleId: moving.id });
    assert.equal(r.status, 201);
    const { incident, created } = r.json();
    assert.equal(incident.articles.length, 2);
    assert.deepEqual(ids(created.articles), [moving.id]);
    assert.ok(created.businesses.some((b: { name: string }) => b.name === 'Nevsky Stroy'));
    assert.ok(!incident.businesses.some((b: { name: string }) => b.name === 'Nevsky Stroy'));
    assert.equal(created.history[0].action, 'split');
    assert.deepEqual(
      incident.history.map((x: { action: string }) => x.action),
      ['merge', 'split'],
    );
    assert.equal((await getDoc<ArticleDoc>(indexNames().articles, moving.id))!.doc.pinnedIncidentId, created.id);
    // re-analysis sends each article back where people put it
    await reanalyse(moving.id, factsOf('inc-ru-construction'));
    for (const a of incident.articles) await reanalyse(a.id, factsOf('inc-ru-greenhouse'));
    assert.deepEqual(ids((await call('GET', `/api/incidents/${created.id}`)).json().articles), [moving.id]);
    assert.deepEqual(
      ids((await call('GET', '/api/incidents/inc-ru-greenhouse')).json().articles).sort(),
      ids(incident.articles).sort(),
    );
  });
});
