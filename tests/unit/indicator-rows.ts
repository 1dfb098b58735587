// One harness for the indicator tables of invented sentences (tests/unit/indicators-*.test.ts): a row found names
// the indicator its sentence must give, a row refused the one it must not give, a trap sentence must give none.
// Sentences are read as a case's evidence unless a table says otherwise; a failure prints what was found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findIndicators } from '../../extractors/indicators.js';

export type IndicatorRow = [sentence: string, id: string];

interface IndicatorTables {
  /** Each sentence gives this indicator. */
  found?: IndicatorRow[];
  /** Each sentence does not give this indicator (it may give others). */
  refused?: IndicatorRow[];
  /** Each sentence gives no indicator at all. */
  nothing?: string[];
  /** Read as a case's evidence (the pack's traps hold); true unless a table reads the topic. */
  ofCase?: boolean;
}

export function checkIndicatorRows(language: string, tables: IndicatorTables): void {
  const opts = { ofCase: tables.ofCase ?? true };
  const found = (sentence: string) => findIndicators([sentence], language, opts);
  for (const [sentence, id] of tables.found ?? [])
    test(`${language} indicator ${id}: ${sentence}`, () => {
      const got = found(sentence);
      assert.ok(
        got.some((i) => i.id === id),
        JSON.stringify(got.map((i) => i.id)),
      );
    });
  for (const [sentence, id] of tables.refused ?? [])
    test(`${language} no ${id}: ${sentence}`, () => {
      const got = found(sentence);
      assert.ok(!got.some((i) => i.id === id), JSON.stringify(got.map((i) => i.id)));
    });
  for (const sentence of tables.nothing ?? [])
    test(`${language} no indicator: ${sentence}`, () => assert.deepEqual(found(sentence), []));
}

export type TaggedRow = [language: string, sentence: string, id: string];

/** Tables whose rows name their language: each language's rows are checked as one table. */
export function checkTaggedRows(tables: {
  found?: TaggedRow[];
  refused?: TaggedRow[];
  nothing?: [language: string, sentence: string][];
  ofCase?: boolean;
}): void {
  const languages = new Set(
    [...(tables.found ?? []), ...(tables.refused ?? []), ...(tables.nothing ?? [])].map(([language]) => language),
  );
  const of = <T extends unknown[]>(rows: [string, ...T][] | undefined, language: string) =>
    (rows ?? []).filter(([l]) => l === language).map(([, ...rest]) => rest as T);
  for (const language of languages)
    checkIndicatorRows(language, {
      found: of<[string, string]>(tables.found, language),
      refused: of<[string, string]>(tables.refused, language),
      nothing: of<[string]>(tables.nothing, language).map(([sentence]) => sentence),
      ofCase: tables.ofCase,
    });
}
