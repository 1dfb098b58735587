// Spellings a language writes several ways that its indicator patterns should not have to list: Arabic press writes
// hamza on alef or not (أوراق / اوراق, إقامة / اقامة), with or without short vowels (قُيدت) and tatweel. A pack
// registers a fold beside its indicator table; the patterns, the traps, the negation and the sentences are read
// folded, while the evidence quoted stays the sentence as written.
import type { IndicatorId } from '../../../lib/types.js';

const FOLDS = new WeakMap<object, (s: string) => string>();

/** Registers the fold for the table and returns the table. */
export function withFold(
  table: Record<IndicatorId, string[]>,
  fold: (s: string) => string,
): Record<IndicatorId, string[]> {
  FOLDS.set(table, fold);
  return table;
}

/** The fold registered for a pack's indicator table, if any. */
export const indicatorFold = (table: Record<IndicatorId, string[]>): ((s: string) => string) | undefined =>
  FOLDS.get(table);
