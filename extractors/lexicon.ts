// Compiles and caches the per-language lexicons (extractors/data/lexicons) into regular expressions, and picks
// the lexicon language for an article (its declared language, else its script).
import { RELEVANCE_EN } from './data/lexicons/relevance-en.js';
import { RELEVANCE_RU } from './data/lexicons/relevance-ru.js';
import type { RelevanceLexicon } from './data/lexicons/types.js';

export interface CompiledLexicon {
  topic: [RegExp, number][];
  events: [RegExp, number][];
  incident: [RegExp, number][];
  related: [RegExp, number][];
  traps: RegExp[];
  contextTraps: RegExp[];
}

const cache = new Map<string, CompiledLexicon>();
const rx = (source: string) => new RegExp(source, 'giu');
// English patterns lean on \b, which JavaScript defines for ASCII only; Russian ones use stems instead.

export function compiledLexicon(lang: 'en' | 'ru'): CompiledLexicon {
  let c = cache.get(lang);
  if (!c) {
    const l: RelevanceLexicon = lang === 'ru' ? RELEVANCE_RU : RELEVANCE_EN;
    const wrap = (s: string) => (lang === 'en' ? `\\b(?:${s})\\b` : s);
    c = {
      topic: l.topic.map(([p, w]) => [rx(wrap(p)), w]),
      events: l.events.map(([p, w]) => [rx(wrap(p)), w]),
      incident: l.incident.map(([p, w]) => [rx(wrap(p)), w]),
      related: l.related.map(([p, w]) => [rx(wrap(p)), w]),
      traps: l.traps.map((p) => rx(wrap(p))),
      contextTraps: l.contextTraps.map((p) => rx(wrap(p))),
    };
    cache.set(lang, c);
  }
  return c;
}

/** The language whose lexicons apply: the article's own, else guessed from its script. */
export function lexiconLanguage(language: string, text: string): string {
  if (language && language !== 'und') return language.toLowerCase().slice(0, 2);
  const sample = text.slice(0, 2000);
  const cyr = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  const lat = (sample.match(/[A-Za-z]/g) ?? []).length;
  return cyr > lat ? 'ru' : 'en';
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
