// The shared harness of the perpetrator tables: the rules' accused people in an invented text (no NER answer, so
// the packs' own name shapes decide), and one check of a table of rows [kind, text, accused wanted, never accused].
import assert from 'node:assert/strict';
import { findEntityMentions, findPerpetrators } from '../../extractors/entities/index.js';
import { splitSentences } from '../../extractors/sentences.js';

export type AccusedRow = [kind: string, text: string, want: string[], never: string[]];

/** Names the rules take as accused in `text` read as language `lang`. */
export function accusedIn(lang: string, text: string): string[] {
  const sentences = splitSentences(text);
  const mentions = findEntityMentions(sentences, lang, '');
  return findPerpetrators({ sentences, mentions, lang }, null).map((p) => p.name);
}

/** Every wanted name accused (exactly), no `never` name inside any accused one; all failures in one message. */
export function checkAccusedRows(lang: string, rows: AccusedRow[]): void {
  const failures: string[] = [];
  for (const [kind, text, want, never] of rows) {
    const got = accusedIn(lang, text);
    for (const w of want) if (!got.includes(w)) failures.push(`${kind}: missing ${w} in [${got}] | ${text}`);
    for (const n of never) if (got.some((g) => g.includes(n))) failures.push(`${kind}: ${n} accused | ${text}`);
  }
  assert.deepEqual(failures, []);
}
