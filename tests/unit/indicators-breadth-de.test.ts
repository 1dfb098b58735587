// German violence by kind: violence suffered is evidence, violence only threatened is a threat (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIndicators } from '../../extractors/indicators.js';

const ids = (s: string) => findIndicators([s], 'de', { ofCase: true }).map((i): string => i.id);

const ROWS: [sentence: string, has: string[], hasNot: string[]][] = [
  [
    'Die Frau wurde durch Androhung von körperlichen Übergriffen zum Bleiben gezwungen.',
    ['intimidation_and_threats'],
    ['physical_and_sexual_violence'],
  ],
  [
    'Der Chef drohte den Arbeitern mit Gewalt, falls sie gingen.',
    ['intimidation_and_threats'],
    ['physical_and_sexual_violence'],
  ],
  ['Die Erntehelfer berichteten von Gewalt durch den Vorarbeiter.', ['physical_and_sexual_violence'], []],
  ['Es kam immer wieder zu sexuellen Übergriffen auf die Frauen.', ['physical_and_sexual_violence'], []],
];
for (const [sentence, has, hasNot] of ROWS) {
  test(`de: ${sentence}`, () => {
    const found = ids(sentence);
    for (const id of has) assert.ok(found.includes(id), `${id} in ${found}`);
    for (const id of hasNot) assert.ok(!found.includes(id), `${id} not in ${found}`);
  });
}
