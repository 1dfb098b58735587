// Shared helpers of the Indonesian and Malay packs (one language family, two standards: the tables carry both
// spellings where they differ — paspor/pasport, polisi/polis, karena/kerana). Patterns bound their own words:
// JavaScript's \b knows ASCII letters only, and these words take affixes (di-, me-, -kan, -nya), so a stem is
// written with `S` where an ending may follow.

/** Letters that may follow a stem ("disekap" + "nya"). */
export const S = '\\p{L}*';
/** A source bounded by non-letters at both ends. */
export const w = (s: string): string => `(?<![\\p{L}\\d])(?:${s})(?![\\p{L}])`;
export const alt = (list: string[]): string => list.join('|');

/** Number words: units, teens ("tiga belas"), tens ("dua puluh") and tens with units ("dua puluh lima"). */
export function numberWords(units: Record<string, number>, extra: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...extra };
  for (const [u, n] of Object.entries(units)) {
    out[u] = n;
    if (n >= 2) {
      out[`${u} belas`] = 10 + n;
      out[`${u} puluh`] = 10 * n;
      for (const [u2, n2] of Object.entries(units)) out[`${u} puluh ${u2}`] = 10 * n + n2;
      out[`${u} ratus`] = 100 * n;
    }
  }
  return out;
}
