// Runs every annotated page of the development corpus through analyse() and checks the facts: per page, that
// nothing leaks from comments or other stories' teasers and that relevance is right; over the corpus, that each
// metric of the analysis issue clears its floor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../extractors/analyse.js';
import type { ArticleAnalysis } from '../../lib/types.js';
import { FLOORS, Tally, loadCorpus, metrics, scorePage } from './analysis-score.js';

const corpus = loadCorpus();
const tally = new Tally();
const results = new Map<string, ArticleAnalysis>();

for (const c of corpus) {
  test(`corpus ${c.slug}`, () => {
    const a = analyse(c.page);
    results.set(c.slug, a);
    const leaks = scorePage(tally, c, a);
    assert.deepEqual(leaks, [], `facts taken from outside the article: ${leaks.join(', ')}`);
    if (c.expected.relevance !== 'incident')
      assert.deepEqual(a.incidents, [], 'related and unrelated pages have no incidents');
  });
}

test('corpus metrics clear the floors', (t) => {
  if (!corpus.length) return t.skip('no corpus pages yet');
  const m = metrics(tally);
  t.diagnostic(
    Object.entries(m)
      .map(([k, v]) => `${k}=${v.toFixed(2)}`)
      .join(' '),
  );
  const below = Object.entries(FLOORS)
    .filter(([k, floor]) => m[k] < floor)
    .map(([k, f]) => `${k} ${m[k].toFixed(2)} < ${f}`);
  assert.deepEqual(below, []);
});

test('pages annotated as the same case agree on country', () => {
  for (const c of corpus) {
    const other = c.expected.sameCaseAs;
    const a = results.get(c.slug);
    const b = other ? results.get(other) : undefined;
    if (!a?.incidents[0] || !b?.incidents[0]) continue;
    assert.equal(a.incidents[0].places[0]?.country, b.incidents[0].places[0]?.country, `${c.slug} vs ${other}`);
  }
});
