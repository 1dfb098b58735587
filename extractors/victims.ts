// Victims: every count of people the article states about the case ("14 migrants", "three children",
// «12 граждан Узбекистана»), the best count, minors, and nationalities (via demonyms.ts).
import type { Victims } from '../lib/types.js';
import { MINOR_NOUNS_EN, MINOR_NOUNS_RU, NOT_PEOPLE_EN, NUMBER_WORDS_EN, NUMBER_WORDS_RU, VICTIM_NOUNS_EN, VICTIM_NOUNS_RU } from './data/lexicons/victims.js';
import { DEMONYMS } from './data/demonyms.js';
import { victimNationalities } from './demonyms.js';

const EN_NUM = `\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS_EN).sort((a, b) => b.length - a.length).join('|')}`;
const DEMONYM_PLURALS = DEMONYMS.flatMap((d) => d.english).filter((f) => /s$/.test(f)).join('|');
// "14 migrants", "more than 100 Cambodian workers", "13 Slovaks", "three of them children".
const EN_COUNT = new RegExp(`\\b(?:(?:more than|over|at least|nearly|almost|about|around|some|up to)\\s+)?(${EN_NUM})(?:\\s+(?:of (?:them|whom)|more))?\\s+((?:[A-Za-z-]+\\s+){0,2}?)(${VICTIM_NOUNS_EN}|${DEMONYM_PLURALS})\\b`, 'gi');
const EN_MINOR = new RegExp(`^(?:[A-Za-z-]+\\s+){0,2}?(?:${MINOR_NOUNS_EN})$`, 'i');
const NOT_PEOPLE = new RegExp(`^(?:${NOT_PEOPLE_EN})\\b`, 'i');
const RU_NUM = `\\d{1,3}(?:[\\s\\u00a0]\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS_RU).sort((a, b) => b.length - a.length).join('|')}`;
const RU_COUNT = new RegExp(`(?<![\\p{L}\\d])(${RU_NUM})\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${VICTIM_NOUNS_RU})`, 'giu');
const RU_MINOR = new RegExp(`(?:${MINOR_NOUNS_RU})`, 'iu');
// Counts in sentences about other things: statistics, suspects, police, ages.
const EN_SKIP = /\b(?:estimat\w+|worldwide|globally|each year|every year|a year|per year|since \d{4}|nationwide|across the country|in total this year|officers|police officers|suspects|defendants|journalists|activists)\b/i;
const RU_SKIP = /по оценкам|в мире|ежегодно|в год|с начала года|по всей стране|полицейск|сотрудник\S* полиции|подозреваем|обвиняем|активист/iu;

function toNumber(s: string, ru: boolean): number | null {
  const t = s.toLowerCase().replace(/[,\s\u00a0]/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  const n = (ru ? NUMBER_WORDS_RU : NUMBER_WORDS_EN)[s.toLowerCase()];
  return n ?? null;
}

export interface CountMention { count: number; minors: boolean; sentence: number }

/** Counts of people in one sentence. */
export function findCounts(sentence: string, index: number, lang: string): CountMention[] {
  const ru = lang === 'ru' || /[\u0400-\u04FF]{4}/.test(sentence);
  const out: CountMention[] = [];
  if (ru) {
    if (RU_SKIP.test(sentence)) return out;
    for (const m of sentence.matchAll(RU_COUNT)) {
      const n = toNumber(m[1], true);
      const before = sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
      if (n === null || n <= 0 || n > 100000 || /(?:в|с|до|по)\s+$/iu.test(before)) continue;
      out.push({ count: n, minors: RU_MINOR.test(m[3]), sentence: index });
    }
    return out;
  }
  if (EN_SKIP.test(sentence)) return out;
  for (const m of sentence.matchAll(EN_COUNT)) {
    const n = toNumber(m[1], false);
    if (n === null || n <= 0 || n > 100000) continue;
    if (NOT_PEOPLE.test(m[2])) continue;
    // "a man", "an Uzbek worker": singular articles only count with a singular noun, which the patterns exclude.
    if (/^an?$/i.test(m[1])) continue;
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 14), m.index ?? 0);
    if (/\b(?:aged|age|ages|between|and|of|to|£|\$|€)\s*$/i.test(before) && !/\b(?:of|and)\s*$/i.test(before.trim() ? before : '')) continue;
    if (/(?:£|\$|€)$/.test(before)) continue;
    out.push({ count: n, minors: EN_MINOR.test(`${m[2]}${m[3]}`), sentence: index });
  }
  return out;
}

/**
 * Victims of the case from its sentences (already chosen by the caller). The best count is the largest count of
 * all victims (not only minors); minors the largest count of children.
 */
export function findVictims(sentences: { text: string; index: number }[], lang: string): Victims {
  const mentions = sentences.flatMap((s) => findCounts(s.text, s.index, lang));
  const counts = [...new Set(mentions.map((m) => m.count))];
  const all = mentions.filter((m) => !m.minors).map((m) => m.count);
  const minors = mentions.filter((m) => m.minors).map((m) => m.count);
  const count = all.length ? Math.max(...all) : minors.length ? Math.max(...minors) : null;
  const nationalities = [...new Set(sentences.flatMap((s) => victimNationalities(s.text, lang)))];
  return { count, counts, minors: minors.length ? Math.max(...minors) : null, nationalities };
}
