// Compiles and caches each language pack's relevance lexicon into regular expressions. Which pack serves an
// article is decided in one place, extractors/lang/index.ts.
import { articleLanguage, languagePack, type LanguagePack } from './lang/index.js';

export interface CompiledLexicon {
  topic: [RegExp, number][];
  events: [RegExp, number][];
  incident: [RegExp, number][];
  related: [RegExp, number][];
  traps: RegExp[];
  contextTraps: RegExp[];
  /** Sexual exploitation and work outside the sex trade (see RelevanceLexicon); null where the pack has none. */
  sexual: RegExp | null;
  labourSetting: RegExp | null;
}

const cache = new Map<LanguagePack, CompiledLexicon>();
const rx = (source: string) => new RegExp(source, 'giu');

/** The compiled relevance lexicon of a pack (or of the pack serving a language code). */
export function compiledLexicon(lang: string | LanguagePack): CompiledLexicon {
  const pack = typeof lang === 'string' ? languagePack(lang) : lang;
  let c = cache.get(pack);
  if (!c) {
    const l = pack.relevance;
    // English patterns lean on \b, which JavaScript defines for ASCII only; Russian ones use stems instead.
    const wrap = (s: string) => (pack.wordBounded ? `\\b(?:${s})\\b` : s);
    c = {
      topic: l.topic.map(([p, w]) => [rx(wrap(p)), w]),
      events: l.events.map(([p, w]) => [rx(wrap(p)), w]),
      incident: l.incident.map(([p, w]) => [rx(wrap(p)), w]),
      related: l.related.map(([p, w]) => [rx(wrap(p)), w]),
      traps: l.traps.map((p) => rx(wrap(p))),
      contextTraps: l.contextTraps.map((p) => rx(wrap(p))),
      sexual: l.sexual ? rx(wrap(l.sexual)) : null,
      labourSetting: l.labourSetting ? new RegExp(wrap(l.labourSetting), 'iu') : null,
    };
    cache.set(pack, c);
  }
  return c;
}

// A pattern written in ASCII (no \u, \x or \p escapes) means the same without the `u` flag on any text that holds
// none of the characters the flag treats differently for it: ſ and K (U+017F, U+212A, which fold to s and k under
// `iu` and are word characters for its \b and \w) and characters outside the BMP (one character under `u`, two
// UTF-16 units without). Without `u` V8 runs such patterns about five times faster. So on a text free of those
// characters the lexicon is read through its twin without `u`: the same answers, less CPU.
const UNICODE_ONLY = /[\u017F\u212A\uD800-\uDFFF]/;
const twins = new Map<CompiledLexicon, CompiledLexicon>();
function twinOf(r: RegExp): RegExp {
  if (!r.flags.includes('u') || !/^[\x20-\x7E]*$/.test(r.source) || /\\[uxpPk]/.test(r.source)) return r;
  try {
    return new RegExp(r.source, r.flags.replace('u', ''));
  } catch {
    return r; // a syntax only `u` reads
  }
}

/** The lexicon to read `text` with: `lex` itself, or its twin without the `u` flag when that reads it the same. */
export function lexiconFor(lex: CompiledLexicon, text: string): CompiledLexicon {
  if (UNICODE_ONLY.test(text)) return lex;
  let t = twins.get(lex);
  if (!t) {
    const w = (xs: [RegExp, number][]): [RegExp, number][] => xs.map(([r, n]) => [twinOf(r), n]);
    t = {
      topic: w(lex.topic),
      events: w(lex.events),
      incident: w(lex.incident),
      related: w(lex.related),
      traps: lex.traps.map(twinOf),
      contextTraps: lex.contextTraps.map(twinOf),
      sexual: lex.sexual && twinOf(lex.sexual),
      labourSetting: lex.labourSetting && twinOf(lex.labourSetting),
    };
    twins.set(lex, t);
  }
  return t;
}

/** The article's language: its own, else the one its script points to (see extractors/lang). */
export function lexiconLanguage(language: string, text: string): string {
  return articleLanguage(language, text);
}

/** Blanks out trap phrases ("Labour forced a vote", "master/slave") so their words cannot count. */
export function withoutTraps(text: string, traps: RegExp[]): string {
  let t = text;
  for (const r of traps) t = t.replace(r, (m) => ' '.repeat(m.length));
  return t;
}

export function countMatches(text: string, patterns: [RegExp, number][]): number {
  let score = 0;
  for (const [r, w] of patterns) {
    r.lastIndex = 0;
    if (r.test(text)) score += w;
  }
  return score;
}
