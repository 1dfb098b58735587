// Pure-performance readings must answer as the plain ones: the relevance lexicon's twins without the `u` flag
// (extractors/lexicon.ts lexiconFor) and the indicators' per-sentence memo (extractors/indicators.ts).
// Invented sentences; each pattern of every pack against each of them, through the twin and through the original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findIndicators } from '../../extractors/indicators.js';
import { PACKS } from '../../extractors/lang/index.js';
import { compiledLexicon, lexiconFor } from '../../extractors/lexicon.js';
import { WARM_UP_TEXTS } from '../../extractors/data/warm-up.js';

const SENTENCES = [
  'Police freed 14 workers held in debt bondage at a brick kiln near Lakeview on Monday.',
  'The firm confiscated their passports and forced them to work 16 hours a day without pay.',
  'Labour forced a vote on the trade bill; the shadow secretary called it a U-turn.',
  'A film about the transatlantic slave trade opened at the museum.',
  'INSPECTORS FOUND 9 MEN SLEEPING IN A SHIPPING CONTAINER AND FINED THE OWNER £20,000.',
  'Courts awarded compensation of €4,000 to each of the trafficking victims — a first.',
  'Nobody was arrested; the company denied any forced labour.',
  ...WARM_UP_TEXTS.flatMap((w) => [w.title, ...w.text.split(/(?<=[.!?。])\s*/)]).filter(Boolean),
];

test('every pack: each lexicon pattern answers the same through its twin without `u`', () => {
  let twinned = 0;
  for (const code of Object.keys(PACKS)) {
    const lex = compiledLexicon(code);
    const twin = lexiconFor(lex, 'plain text');
    for (const kind of ['topic', 'events', 'incident', 'related'] as const)
      lex[kind].forEach(([r, w], i) => {
        const [t, tw] = twin[kind][i]!;
        assert.equal(tw, w);
        if (t === r) return;
        twinned++;
        for (const s of SENTENCES) {
          r.lastIndex = 0;
          t.lastIndex = 0;
          assert.equal(t.test(s), r.test(s), `${code} ${kind} /${r.source.slice(0, 50)}/ on "${s}"`);
        }
      });
    for (const kind of ['traps', 'contextTraps'] as const)
      lex[kind].forEach((r, i) => {
        const t = twin[kind][i]!;
        if (t !== r) for (const s of SENTENCES) assert.equal(s.replace(t, '#'), s.replace(r, '#'));
      });
  }
  assert.ok(twinned > 20, `the English lexicon is written in ASCII: ${twinned} twins`);
});

test('text with ſ, K or a character outside the BMP is read by the patterns with `u`', () => {
  const lex = compiledLexicon('en');
  for (const s of ['\u017Flavery', '\u212A workers', 'forced labour \u{1F642}']) assert.equal(lexiconFor(lex, s), lex);
  assert.notEqual(lexiconFor(lex, 'forced labour'), lex);
});

test('indicators: the same evidence on a second and third reading of the same sentences', () => {
  const sents = SENTENCES.slice(0, 7);
  const first = findIndicators(sents, 'en');
  assert.ok(first.length >= 2);
  assert.deepEqual(findIndicators(sents, 'en'), first);
  assert.deepEqual(findIndicators(sents.slice(1), 'en'), findIndicators([...sents.slice(1)], 'en'));
  const ofCase = findIndicators(sents, 'en', { ofCase: true });
  assert.deepEqual(findIndicators(sents, 'en', { ofCase: true }), ofCase);
});
