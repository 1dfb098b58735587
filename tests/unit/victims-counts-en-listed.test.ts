// English victims' counts: one more person told with an article right after a counted group is summed with it ("Six
// bonded labourers and a three-year-old child" = 7, "two women, a man and a boy" = 4); a person after another verb,
// after kin words or in a sentence of arrests is not. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';

const count = (text: string) => findVictims([{ text, index: 0 }], 'en').count;

const COUNTS: [string, number][] = [
  ['Six bonded labourers and a three-year-old child were rescued on Monday from a brick kiln.', 7],
  ['Police rescued two women, a man and a boy from the farm.', 4],
  ['Officers freed four men and a woman from a house in the town.', 5],
  ['Nine workers and a teenager were found living in a shed.', 10],
  ['Inspectors rescued 12 labourers as well as a minor from the quarry.', 13],
  ['Three domestic workers and a baby were removed from the flat.', 4],
  ['The charity said eight fishermen and a boy had been held on the boat for months.', 9],
  ['Two Vietnamese men and a girl were freed from the nail bar.', 3],
  ['Police rescued five workers and arrested a man.', 5],
  ['The five workers and a dog were found in the barn.', 5],
  ['Seven labourers were rescued; a woman who ran the site was questioned.', 7],
];
const NO_COUNT: string[] = [
  'Three men and a woman were arrested on suspicion of modern slavery offences.',
  'He lived with his two sons and a daughter near the farm.',
];

for (const [text, want] of COUNTS) test(`en count ${want}: ${text}`, () => assert.equal(count(text), want));
for (const text of NO_COUNT) test(`en no count: ${text}`, () => assert.equal(count(text), null));
