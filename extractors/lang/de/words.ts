// Helpers of the German pack. German nouns are capitalised and compound ("Erntehelfer", "Saisonarbeitskräfte"),
// adjectives inflect ("rumänische", "rumänischen"): patterns are stems with `S` for endings and compounds, bounded
// by non-letters (JavaScript's \b knows ASCII letters only, so "für" or "Pässe" need lookarounds).
export const S = '\\p{L}*';
export const w = (s: string): string => `(?<![\\p{L}\\d])(?:${s})(?![\\p{L}])`;
export const alt = (list: string[]): string => list.join('|');

const UNITS: [string, number][] = [
  ['ein', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
];
const TENS: [string, number][] = [
  ['zwanzig', 20],
  ['dreißig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
  ['sechzig', 60],
  ['siebzig', 70],
  ['achtzig', 80],
  ['neunzig', 90],
];

/** German number words up to 99 ("siebzehn", "dreiundzwanzig"), hundreds written out, and "zwei Dutzend". */
export function germanNumbers(): Record<string, number> {
  const out: Record<string, number> = {
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    dreizehn: 13,
    vierzehn: 14,
    fünfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
    hundert: 100,
    einhundert: 100,
    zweihundert: 200,
    dreihundert: 300,
    tausend: 1000,
    'zwei dutzend': 24,
    'ein dutzend': 12,
  };
  for (const [t, n] of TENS) {
    out[t] = n;
    for (const [u, m] of UNITS) out[`${u}und${t}`] = n + m;
  }
  return out;
}
