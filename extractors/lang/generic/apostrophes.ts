// French and Italian news write the apostrophe as ’ (U+2019) as often as ' ("traite d’êtres humains",
// "l’ispettorato"): lexicons are written with ', and this lets each ' of their patterns match either.

/** A pattern source where each ' matches ' or ’. */
export const eitherApostrophe = (source: string): string => source.replace(/'/g, "['’]");

/** The same table (lexicon or case cues) with every pattern string taking either apostrophe. */
export function bothApostrophes<T>(table: T): T {
  const map = (x: unknown): unknown => {
    if (typeof x === 'string') return eitherApostrophe(x);
    if (Array.isArray(x)) return x.map(map);
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, map(v)]));
    return x;
  };
  return map(table) as T;
}
