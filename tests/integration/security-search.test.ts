// Costly and malformed searches, against the real Elasticsearch: fuzzy and wildcard floods, too many clauses,
// over-long queries and impossible dates answer 400 in our words (never Elasticsearch's text, never a slow 200);
// queries within the bounds still work; and the operators mean what the docs say — a negated word or phrase
// excludes its articles whichever field (text or lemmas) would have matched.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('secsearch');
const { ensureIndices, getElastic } = await import('../../lib/elastic.js');
const { lemmatise } = await import('../../extractors/analyse.js');
const { incidentDoc, articleDoc } = await import('../../bench/synthetic.js');
const { buildServer } = await import('../../web/server.js');

let app: FastifyInstance;

// Three incidents (and an article each): the query's words in different places, so that each operator shows
const DOCS: [string, string][] = [
  ['neg-farm', 'Forced labour on a tomato farm: police freed seasonal workers whose passports were held.'],
  ['neg-football', 'Forced labour claims at a football club: young players recruited abroad worked unpaid.'],
  ['neg-fishing', 'Fishing crews kept at sea for months; the owners deny forced labour. The football season went on.'],
];

before(async () => {
  const names = await ensureIndices();
  const es = getElastic();
  for (const [id, summary] of DOCS) {
    const inc = {
      ...(incidentDoc(1) as Record<string, unknown>),
      id,
      summary,
      searchText: summary,
      lemmas: lemmatise(summary, 'en'),
      placeNames: [],
      businessNames: [],
      perpetratorNames: [],
      status: 'new',
      firstSeenAt: '2026-11-20T08:00:00Z',
      lastSeenAt: '2026-11-20T09:00:00Z',
    };
    await es.index({ index: names.incidents, id, document: inc });
    const art = {
      ...(articleDoc(1) as Record<string, unknown>),
      id: `a-${id}`,
      title: summary.split(':')[0],
      text: summary,
      byline: null,
      lemmas: lemmatise(summary, 'en'),
      relevance: { label: 'incident', score: 0.9 },
      duplicateOf: null,
      incidentIds: [id],
    };
    await es.index({ index: names.articles, id: `a-${id}`, document: art });
  }
  await es.indices.refresh({ index: [names.incidents, names.articles] });
  app = await buildServer({ policy: { requireTokenForReads: false }, queueBoard: false, apiRequestsPerMin: 10_000 });
});
after(async () => {
  await app?.close();
  await cleanupPrefix(prefix);
});

const search = async (params: Record<string, string>) => {
  const r = await app.inject({ url: `/api/search?${new URLSearchParams(params)}` });
  return {
    status: r.statusCode,
    body: r.body,
    json: () => r.json() as { incidents: { id: string }[]; articles: { url: string; title: string }[] },
  };
};
const ids = (j: { incidents: { id: string }[] }) => j.incidents.map((i) => i.id).sort();

describe('operators mean what the docs say', () => {
  const rows: [string, string[]][] = [
    ['"forced labour" -football', ['neg-farm']],
    ['"forced labour" -"football club"', ['neg-farm', 'neg-fishing']],
    ['forced labour -football', ['neg-farm']],
    ['-football "forced labour"', ['neg-farm']],
    ['labour -footballs', ['neg-farm']], // the lemma of the negated word is excluded too
    ['"forced labour" +(tomato | fishing)', ['neg-farm', 'neg-fishing']],
    ['"forced labour" --football', ['neg-fishing', 'neg-football']], // two negations cancel, as in Lucene
    ['football | tomato', ['neg-farm', 'neg-fishing', 'neg-football']],
    ['tomato | -football', ['neg-farm']], // under an OR, -football is not an exclusion of the whole query
    ['worker', ['neg-farm']], // the lemma clause still finds "workers"
    ['recruit* -club', []],
    ['passport~1', ['neg-farm']],
  ];
  for (const [q, expected] of rows) {
    it(`${q} → ${expected.join(', ') || 'nothing'}`, async () => {
      const r = await search({ q });
      assert.equal(r.status, 200, r.body.slice(0, 300));
      assert.deepEqual(ids(r.json()), expected);
      const articleTitles = r
        .json()
        .articles.map((a) => a.title)
        .join(' | ');
      if (q.includes('-football') && !q.includes('--')) assert.doesNotMatch(articleTitles, /football/i, 'articles too');
    });
  }
});

describe('costly queries answer 400 in our words', () => {
  const fuzzy = (n: number) => Array.from({ length: n }, (_, i) => `passports${i}~2`).join(' ');
  const rows: [string, Record<string, string>, RegExp][] = [
    ['40 fuzzy terms', { q: Array(40).fill('passports~2').join(' ') }, /at most 24 words/],
    ['5 fuzzy terms', { q: fuzzy(5) }, /at most 4 fuzzy/],
    ['5 wildcards', { q: 'abc* def* ghi* jkl* mno*' }, /at most 4 wildcard/],
    ['a one-letter wildcard', { q: 'a*' }, /at least 3 letters/],
    ['a two-letter wildcard in a group', { q: '(forced | fo*)' }, /at least 3 letters/],
    ['25 plain words', { q: Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ') }, /at most 24 words/],
    ['a 501-character query', { q: 'x'.repeat(501) }, /at most 500 characters/],
    ['deep nesting', { q: `${'('.repeat(9)}a${')'.repeat(9)}` }, /nested parentheses/],
    ['a huge proximity', { q: '"forced labour"~1000' }, /proximity/],
    ['30 February', { from: '2026-02-30' }, /from: expected an ISO date/],
    ['31 April', { to: '2026-04-31' }, /to: expected an ISO date/],
    ['29 February outside a leap year', { from: '2025-02-29' }, /from: expected an ISO date/],
    ['month 13', { from: '2026-13-01' }, /from: expected an ISO date/],
    ['hour 25', { since: '2026-11-01T25:00Z' }, /since: expected an ISO date/],
    ['minute 60', { since: '2026-11-01T10:60Z' }, /since: expected an ISO date/],
    ['a stray time', { from: '2026-11-01T1' }, /from: expected an ISO date/],
    ['a date math expression', { from: 'now-1d/d' }, /from: expected an ISO date/],
    ['a range injection', { from: '2026-01-01||+1y' }, /from: expected an ISO date/],
    ['not a date at all', { to: 'yesterday' }, /to: expected an ISO date/],
  ];
  for (const [label, params, message] of rows) {
    it(`${label} → 400`, async () => {
      const r = await search(params);
      assert.equal(r.status, 400, r.body.slice(0, 300));
      assert.match(JSON.parse(r.body).error, message);
      assert.doesNotMatch(
        r.body,
        /parse_exception|search_phase_execution|x_content|elasticsearch|failed to parse/i,
        'no Elasticsearch text',
      );
    });
  }
  for (const [label, params] of [
    ['29 February in a leap year', { from: '2024-02-29' }],
    ['a month', { from: '2026-11' }],
    ['a date-time with offset', { since: '2026-11-01T10:00:00.123+05:30' }],
    ['4 fuzzy terms', { q: fuzzy(4) }],
    ['4 wildcards', { q: 'abc* def* ghi* jkl*' }],
    ['24 words', { q: Array.from({ length: 24 }, (_, i) => `w${i}`).join(' ') }],
  ] as [string, Record<string, string>][]) {
    it(`within the bounds: ${label} → 200`, async () => {
      const r = await search(params);
      assert.equal(r.status, 200, r.body.slice(0, 300));
    });
  }
  it('the same bounds hold for the list, the exports and the patterns', async () => {
    for (const path of [
      '/api/incidents',
      '/api/incidents.csv',
      '/api/incidents.json',
      '/api/incidents.geojson',
      '/api/patterns/timeline',
      '/api/patterns/network',
      '/api/map',
    ]) {
      const r = await app.inject({ url: `${path}?q=${encodeURIComponent(fuzzy(8))}` });
      assert.equal(r.statusCode, 400, `${path}: ${r.body.slice(0, 200)}`);
    }
  });
});
