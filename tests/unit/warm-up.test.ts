// The worker's warm-up (extractors/warm-up.ts): one invented report per language pack, each read through the whole
// analysis (judged a case), so every pack's tables and patterns are built before the first real article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseArticle } from '../../extractors/analyse.js';
import { WARM_UP_TEXTS } from '../../extractors/data/warm-up.js';
import { PACKS } from '../../extractors/lang/index.js';
import { warmUp } from '../../extractors/warm-up.js';

test('every language pack has a warm-up report', () => {
  assert.deepEqual(WARM_UP_TEXTS.map((w) => w.language).sort(), Object.keys(PACKS).sort());
});

for (const { language, title, text } of WARM_UP_TEXTS)
  test(`warm-up report (${language}) goes through the whole analysis`, () => {
    const a = analyseArticle({ url: null, canonicalUrl: null, title, byline: null, publishedAt: null, language, text });
    assert.equal(a.analysis?.language, language);
    assert.equal(a.relevance.label, 'incident');
    assert.ok(a.incidents.length > 0);
  });

test('warmUp runs', () => {
  warmUp();
});
