// One harness for the relevance tables of invented articles (tests/unit/relevance-breadth-*.test.ts): each row is
// the label a reader would give, a headline and a short text; the test names the row and prints the reasons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeRelevance } from '../../extractors/relevance.js';
import type { RelevanceLabel } from '../../lib/types.js';

export type RelevanceRow = [label: RelevanceLabel, title: string, text: string];

export function checkRelevanceRows(language: string, rows: RelevanceRow[], publishedAt = '2025-03-05'): void {
  for (const [label, title, text] of rows)
    test(`${language}: ${label} — ${title}`, () => {
      const r = judgeRelevance({ url: null, canonicalUrl: null, title, byline: null, publishedAt, language, text });
      assert.equal(r.label, label, (r.reasons ?? []).join('; '));
    });
}
