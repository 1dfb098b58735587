import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bandBuckets,
  bandKeys,
  decodeSignature,
  encodeSignature,
  NEAR_DUPLICATE_THRESHOLD,
  packedSimilarity,
  packSignature,
  signature,
  similarity,
} from '../../dedupe/minhash.js';
import { normaliseText, textHash } from '../../dedupe/normalise.js';

const STORY = `Police in Turkestan region freed fourteen men from Uzbekistan who had been held on an onion farm for
five months. The workers told investigators that the farm owner took their passports on arrival and paid them
nothing, saying they owed him for the journey and their food. They slept in a barn without heating and worked
from dawn until dark seven days a week. A criminal case has been opened under the article on the use of forced
labour, the regional police department said on Tuesday. The owner, a 52-year-old local businessman, has been
detained. The men will be returned home with the help of the consulate.`;

const other = `The central bank left its key rate unchanged on Friday, citing slowing inflation and a stronger tenge.
Analysts had expected a cut of half a point after three months of falling prices for food and fuel. The governor
said the bank would watch wage growth and the budget closely before the next meeting in December, and that the
pace of lending to households remained a concern for the regulator.`;

describe('normalised text hash', () => {
  it('ignores case, punctuation and white space', () => {
    assert.equal(textHash(STORY), textHash(STORY.toUpperCase().replace(/\s+/g, '   ').replace(/,/g, ' ,')));
  });
  it('is null for texts too short to identify an article', () => {
    assert.equal(textHash('Short note.'), null);
    assert.equal(textHash(''), null);
  });
  it('folds ё into е', () => assert.equal(normaliseText('Ещё'), normaliseText('Еще')));
});

describe('MinHash near-duplicates', () => {
  const sig = (t: string) => signature(t)!;
  // the same wire story with another headline, a byline, related links and a footer
  const copies: [string, string][] = [
    [
      'other headline and furniture',
      `Farm slaves freed in south\nBy Wire Staff\n\n${STORY}\n\nRead more: Kazakhstan tightens rules. Share on Facebook. © 2026 Global Wire`,
    ],
    ['lead paragraph trimmed', STORY.split('. ').slice(1).join('. ')],
    ['one sentence added', `${STORY} Rights groups welcomed the arrests.`],
  ];
  for (const [name, text] of copies) {
    it(`matches: ${name}`, () =>
      assert.ok(
        similarity(sig(STORY), sig(text)) >= NEAR_DUPLICATE_THRESHOLD,
        String(similarity(sig(STORY), sig(text))),
      ));
  }
  // false positives: different articles, even on the same topic, are not duplicates
  const different: [string, string][] = [
    ['unrelated story', other],
    [
      'another case told with similar words',
      `Police in Almaty region freed nine women from Kyrgyzstan who had been held in a sewing workshop for
three months. The women said the owner kept their documents and paid them a fraction of what was promised. They
lived in the basement of the workshop and were not allowed to go out alone. Prosecutors opened a case on
trafficking in persons, and the owner was placed under house arrest pending trial later this winter.`,
    ],
  ];
  // two raids told from one press-release template: the same sentences around another village, count, firm and
  // date are two stories (issue 15), however much boilerplate they share
  const release = (
    place: string,
    n: string,
    nat: string,
    day: string,
    biz: string,
    hours: number,
    owner: string,
  ) => `Police on ${day} raided a vegetable farm run by ${biz} in ${place}, a village in Kent, and freed ${n} ${nat} workers who said they had been forced to work without pay.
Officers said the workers' passports had been taken by their employer and that they were told they owed large debts for travel and housing.
${owner}, who ran the site, was arrested and is being questioned on suspicion of forced labour and human trafficking.
They described shifts of up to ${hours} hours, with deductions for food and beds that left them with almost nothing.
The workers were taken to a shelter, where volunteers are helping them. The embassy has been informed and is arranging documents for those who wish to return home.`;
  it('does not match: another raid told from the same press-release template', () => {
    const s = similarity(
      sig(release('Wynby', 'twelve', 'Romanian', '3 March', 'Fenway Produce Ltd', 14, 'Daniel Holloway')),
      sig(release('Ashcombe Heath', '40', 'Vietnamese', '19 April', 'Oakfield Growers Ltd', 16, 'Peter Thornbury')),
    );
    assert.ok(s < NEAR_DUPLICATE_THRESHOLD, String(s));
  });
  for (const [name, text] of different) {
    it(`does not match: ${name}`, () => assert.ok(similarity(sig(STORY), sig(text)) < NEAR_DUPLICATE_THRESHOLD));
  }
  it('identical texts share every band; signatures round-trip', () => {
    assert.deepEqual(bandKeys(sig(STORY)), bandKeys(sig(STORY)));
    assert.deepEqual(decodeSignature(encodeSignature(sig(STORY))), sig(STORY));
  });
  it('packed (stored) signatures give the same similarity as full ones', () => {
    for (const [, text] of [...copies, ...different])
      assert.equal(
        packedSimilarity(packSignature(sig(STORY)), packSignature(sig(text))),
        similarity(sig(STORY), sig(text)),
      );
    assert.equal(packedSimilarity(packSignature(sig(STORY)), null), 0);
  });
  it('band buckets are stable, one per band, distinct across bands', () => {
    const a = bandBuckets(sig(STORY), 65_536);
    assert.deepEqual(a, bandBuckets(sig(STORY), 65_536));
    assert.equal(new Set(a.map((b) => `${b.shard}:${b.field.toString('hex')}`)).size, a.length);
  });
  it('gives no signature for very short texts', () => assert.equal(signature('A short caption only.'), null));
});
