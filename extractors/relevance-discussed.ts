// The topic discussed rather than a case told. A page about a law, a plan, a yearly report, a multi-country
// operation's totals, an audit that found nothing or an explainer speaks of coercion in general: a legal norm in the
// abstract ("forcing a person to work by threats will be punishable by…"), a definition, totals over a period,
// shares, a report quoted. A case names a counted or named group, an event and a place. Each pack lists its cues by
// kind (RelevanceLexicon.discussed); their weights and the rule's thresholds are here, by name.
import type { DiscussedKind } from './data/lexicons/types.js';
import { languagePack } from './lang/index.js';

/**
 * Weight of each kind of cue, counted once per text.
 * - `norm` 2: a legal norm in the abstract (a future or modal punishment, "whoever…", a bill that defines) lists
 *   an offence's kinds, never a case's.
 * - `definition` 2: an explainer's definition or question headline ("What is forced labour?").
 * - `audit` 2: an audit or inspection that found no forced labour.
 * - `plan` 1: a government plan or strategy (what will be done).
 * - `period` 1: totals over a year or a period ("in 2024", "over the year", "compared with last year").
 * - `share` 1: a percentage.
 * - `attribution` 1: figures or a report quoted ("according to the annual report").
 * - `total` 1: thousands, millions, many countries.
 */
const DISCUSSED_WEIGHT: Record<DiscussedKind, number> = {
  norm: 2,
  definition: 2,
  audit: 2,
  plan: 1,
  period: 1,
  share: 1,
  attribution: 1,
  total: 1,
};

/**
 * The rule's thresholds.
 * - `leadTexts`: the headline and the sentences after it read for the judgement (the lead).
 * - `minLead`: discussed weight over the lead (its distinct kinds) that makes the page one about the topic, when no text of the lead
 *   tells a specific case.
 * - `caseTolerates`: a lead text with a counted or named group and an event is a case unless its own discussed
 *   weight reaches this (a rescue "according to the coast guard" is still a case; "2,004 workers were rescued over
 *   2024, according to the ministry's tally" is a total).
 */
export const DISCUSSION = { leadTexts: 4, minLead: 2, caseTolerates: 2 };

interface Discussed {
  weight: number;
  kinds: DiscussedKind[];
}

const cache = new Map<string, [DiscussedKind, RegExp][]>();
function compiled(lang: string): [DiscussedKind, RegExp][] {
  let c = cache.get(lang);
  if (!c) {
    const pack = languagePack(lang);
    const wrap = (s: string) => (pack.wordBounded ? `\\b(?:${s})\\b` : `(?:${s})`);
    c = (pack.relevance.discussed ?? []).map(([k, p]) => [k, new RegExp(wrap(p), 'iu')]);
    cache.set(lang, c);
  }
  return c;
}

/** The weight of distinct kinds of discussion. */
export const discussedWeight = (kinds: DiscussedKind[]) => kinds.reduce((n, k) => n + DISCUSSED_WEIGHT[k], 0);

/** The kinds of discussion a text shows and their weight (each kind once). */
export function discussed(text: string, lang: string): Discussed {
  const kinds = new Set<DiscussedKind>();
  for (const [k, r] of compiled(lang)) if (!kinds.has(k) && r.test(text)) kinds.add(k);
  const list = [...kinds];
  return { weight: discussedWeight(list), kinds: list };
}
