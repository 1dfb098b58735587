// Shared runner for the Portuguese, Spanish, French and Italian table tests (tests/unit/lang-{pt,es,fr,it}.test.ts):
// invented news items written for these tests (never text copied from real articles), each with what
// `analyseArticle` must find. Unset expectations are not checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseArticle } from '../../extractors/analyse.js';
import type { Article, IndicatorId } from '../../lib/types.js';

export interface Case {
  name: string;
  title: string;
  text: string;
  published?: string;
  label: 'incident' | 'related' | 'unrelated';
  count?: number | null;
  minors?: number | null;
  nationalities?: string[];
  country?: string;
  place?: string;
  date?: string;
  indicators?: IndicatorId[];
  /** Businesses that must be found (by name as written, with the legal form). */
  businesses?: string[];
}

export const article = (title: string, text: string, language: string, published = '2024-03-08'): Article => ({
  url: null,
  canonicalUrl: null,
  title,
  byline: null,
  publishedAt: published,
  language,
  text,
});

export function runTable(language: string, cases: Case[]): void {
  for (const c of cases) {
    test(`${language}: ${c.name}`, () => {
      const a = analyseArticle(article(c.title, c.text, language, c.published));
      assert.equal(a.analysis?.language, language, 'the pack of the language reads it');
      assert.equal(a.relevance.label, c.label, `label (${(a.relevance.reasons ?? []).join('; ')})`);
      if (c.label !== 'incident') {
        assert.deepEqual(a.incidents, []);
        return;
      }
      const i = a.incidents[0];
      assert.ok(i, 'an incident');
      if (c.count !== undefined)
        assert.equal(i.victims.count, c.count, `count (${(i.victims.reasons ?? []).join('; ')})`);
      if (c.minors !== undefined) assert.equal(i.victims.minors, c.minors, 'minors');
      if (c.nationalities)
        assert.deepEqual([...i.victims.nationalities].sort(), [...c.nationalities].sort(), 'nationalities');
      if (c.country)
        assert.equal(i.places[0]?.country, c.country, `country (${i.places.map((p) => p.name).join(', ')})`);
      if (c.place) assert.equal(i.places[0]?.name, c.place, 'place');
      if (c.date) assert.equal(i.date, c.date, 'event date');
      for (const b of c.businesses ?? [])
        assert.ok(
          i.businesses.some((x) => x.name === b),
          `business ${b} (found ${i.businesses.map((x) => x.name).join(', ')})`,
        );
      for (const id of c.indicators ?? [])
        assert.ok(
          i.indicators.some((x) => x.id === id),
          `indicator ${id} (found ${i.indicators.map((x) => x.id).join(', ')})`,
        );
    });
  }
}
