// Sentences that name an indicator without telling it of this case: a law's definition, an NGO's general list,
// a minister's appeal, a statistic over many cases, another case. A pack lists its language's wordings of these
// kinds once; every indicator pattern of the pack is then refused in a sentence they match.
import type { IndicatorId } from '../../../lib/types.js';

/** The table with each pattern refused in a sentence the trap source matches (sentences are matched whole). */
export function withTraps(table: Record<IndicatorId, string[]>, traps: string): Record<IndicatorId, string[]> {
  const guard = (p: string) => `^(?![^]*(?:${traps}))[^]*?(?:${p})`;
  return Object.fromEntries(Object.entries(table).map(([id, list]) => [id, list.map(guard)])) as Record<
    IndicatorId,
    string[]
  >;
}
