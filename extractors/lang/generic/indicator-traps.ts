// Sentences that name an indicator without telling it of this case: a law's definition or ban, an NGO's general
// list, a minister's appeal, a statistic over many cases, another case. A pack lists its language's wordings of
// these kinds once beside its indicator table; a case's evidence is never taken from a sentence they match, while
// the topic of an article may still be read from them (a law against keeping passports is on the subject).
import type { IndicatorId } from '../../../lib/types.js';

const TRAPS = new WeakMap<object, RegExp>();

/** Registers the trap source for the table (sentences are matched whole, case-insensitively) and returns it. */
export function withTraps(table: Record<IndicatorId, string[]>, traps: string): Record<IndicatorId, string[]> {
  TRAPS.set(table, new RegExp(traps, 'iu'));
  return table;
}

/** The trap sentences registered for a pack's indicator table, if any. */
export const indicatorTraps = (table: Record<IndicatorId, string[]>): RegExp | undefined => TRAPS.get(table);
