// The duplicate store against the real Redis: exact and near copies found, different stories not, re-adding an
// article changes nothing, and of two copies registered at once exactly one is the other's duplicate.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('dedupe');
const { checkDuplicate } = await import('../../dedupe/store.js');
const { getRedis } = await import('../../lib/redis.js');
after(() => cleanupPrefix(prefix));

const STORY = `Police in Turkestan region freed fourteen men from Uzbekistan who had been held on an onion farm for
five months. The workers told investigators that the farm owner took their passports on arrival and paid them
nothing, saying they owed him for the journey and their food. They slept in a barn without heating and worked
from dawn until dark seven days a week. A criminal case has been opened under the article on the use of forced
labour, the regional police department said on Tuesday. The owner, a 52-year-old local businessman, has been
detained. The men will be returned home with the help of the consulate.`;
const SIMILAR_CASE = `Police in Almaty region freed nine women from Kyrgyzstan who had been held in a sewing workshop for
three months. The women said the owner kept their documents and paid them a fraction of what was promised. They
lived in the basement of the workshop and were not allowed to go out alone. Prosecutors opened a case on
trafficking in persons, and the owner was placed under house arrest pending trial later this winter.`;
const OTHER = `The central bank left its key rate unchanged on Friday, citing slowing inflation and a stronger tenge.
Analysts had expected a cut of half a point after three months of falling prices for food and fuel. The governor
said the bank would watch wage growth and the budget closely before the next meeting in December, and that the
pace of lending to households remained a concern for the regulator.`;

async function snapshot(): Promise<Map<string, string>> {
  const r = getRedis();
  const out = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:dedupe:*`, 'COUNT', 1000);
    cursor = next;
    for (const k of keys) out.set(k, ((await r.dumpBuffer(k)) ?? Buffer.alloc(0)).toString('hex'));
  } while (cursor !== '0');
  return out;
}

describe('dedupe store', () => {
  const r = () => getRedis();
  it('the first article is original', async () => assert.equal(await checkDuplicate(r(), 'a1', STORY), null));

  const copies: [string, string, 'exact' | 'near'][] = [
    ['c-exact', STORY.toUpperCase().replace(/\s+/g, ' '), 'exact'],
    [
      'c-furniture',
      `Farm slaves freed in south\nBy Wire Staff\n\n${STORY}\n\nRead more: Kazakhstan tightens rules. © 2026 Global Wire`,
      'near',
    ],
    ['c-trimmed', STORY.split('. ').slice(1).join('. '), 'near'],
  ];
  for (const [id, text, kind] of copies) {
    it(`finds ${id} a ${kind} duplicate of the original`, async () => {
      const m = await checkDuplicate(r(), id, text);
      assert.equal(m?.duplicateOf, 'a1');
      assert.equal(m?.kind, kind);
    });
  }

  // false positives: other stories, even on the same topic, are originals
  const different: [string, string][] = [
    ['d-similar-case', SIMILAR_CASE],
    ['d-unrelated', OTHER],
    ['d-short', 'A short caption only.'],
  ];
  for (const [id, text] of different)
    it(`leaves ${id} alone`, async () => assert.equal(await checkDuplicate(r(), id, text), null));

  it('re-adding an article gives the same answer and changes nothing in Redis', async () => {
    const before = await snapshot();
    for (const [id, text] of [
      ['a1', STORY],
      ['c-furniture', copies[1]![1]],
      ['d-unrelated', OTHER],
    ] as const) {
      const again = await checkDuplicate(r(), id, text);
      assert.equal(again?.duplicateOf ?? null, id === 'c-furniture' ? 'a1' : null);
    }
    assert.deepEqual(await snapshot(), before);
  });

  it('of two copies registered at once, exactly one is the duplicate of the other', async () => {
    const base = `Labour inspectors in Kostanay found thirty seasonal workers from Tajikistan living in shipping
containers at a grain elevator. Their wages had been withheld since spring and their residence permits had expired
because the employer never filed the papers he had promised. The inspectors fined the company and passed the
file to prosecutors, who said they would check whether the workers had been recruited by deception.`;
    const [x, y] = await Promise.all([
      checkDuplicate(r(), 'p1', base),
      checkDuplicate(r(), 'p2', `${base}\nShare this story`),
    ]);
    assert.equal([x, y].filter(Boolean).length, 1, JSON.stringify([x, y]));
    assert.equal((x ?? y)!.duplicateOf, x ? 'p2' : 'p1');
  });
});
