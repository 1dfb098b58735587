// Helpers shared by the Portuguese, Spanish, French and Italian packs. JavaScript's \b knows ASCII letters only,
// so these packs bound their patterns with Unicode lookarounds themselves (their `wordBounded` is false).

/** Letters that may follow a stem ("resgat" + "ados"). */
export const S = '\\p{L}*';

/** A pattern source bounded at both ends by non-letters: "multa" does not match in "multas" unless a stem says so. */
export const w = (s: string): string => `(?<![\\p{L}\\d])(?:${s})(?![\\p{L}])`;

/** Alternatives joined into one source. */
export const alt = (list: string[]): string => list.join('|');

/**
 * Number words with their compounds spelled out: tens joined to units ("vinte e cinco", "trente-deux",
 * "treinta y dos"), for the tens and units given. Languages that write 21–29 as one word list them in `base`.
 */
export function withCompounds(
  base: Record<string, number>,
  tens: Record<string, number>,
  units: Record<string, number>,
  join: (t: string, u: string) => string,
): Record<string, number> {
  const out: Record<string, number> = { ...base, ...tens };
  for (const [t, tv] of Object.entries(tens)) for (const [u, uv] of Object.entries(units)) out[join(t, u)] = tv + uv;
  return out;
}
