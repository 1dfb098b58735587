// Victims' counts by kind of English sentence (issue #10): men counted in a sentence of arrests on named offences
// ("arrested on trafficking offences") are suspects; immigrants are people; further groups told with "also" in
// another sentence add to the count. Short invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';

const s = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

const COUNTS: [title: string, sentences: string[], want: number | null][] = [
  [
    'Raid at frame workshop',
    [
      'Eleven Romanian immigrants were found at a frame workshop in Oldfield on Monday.',
      'Three men were arrested on trafficking and enslavement offences.',
    ],
    11,
  ],
  [
    '',
    [
      'Police found 17 Hungarian immigrants at a bakery.',
      'Two women were arrested on suspicion of forced labour offences.',
    ],
    17,
  ],
  [
    '',
    [
      'Seven persons held as bonded labourers were rescued from a stone quarry on Friday.',
      'Four children were also rescued with their parents.',
    ],
    11,
  ],
  ['', ['Officials freed 12 labourers from a brick kiln.', 'Three children were also among the rescued.'], 12],
  ['', ['Officials freed 12 labourers from a brick kiln.', 'Police also arrested two men.'], 12],
];
for (const [title, sentences, want] of COUNTS) {
  test(`count (en kinds): ${title || sentences[0]}`, () => {
    assert.equal(findVictims(s(...sentences), 'en', title).count, want);
  });
}
