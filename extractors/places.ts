// Places: finds gazetteer places in sentences, tells where the exploitation happened from where the victims came
// from ("migrants from Kazakhstan" is an origin, "a supermarket in Moscow" a location), and ranks them.
import type { Place } from '../lib/types.js';
import { LOCATIVE_EN, LOCATIVE_RU, NOT_PLACES, ORIGIN_EN, ORIGIN_RU } from './data/lexicons/places.js';
import { countryEntry, lookupName, lookupRussian, type GazetteerEntry } from './gazetteer.js';

export interface PlaceMention { entry: GazetteerEntry; text: string; sentence: number; origin: boolean; locative: boolean; dateline: boolean }

const WORD = /[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2}/gu;

/** Place mentions in one sentence: capitalised runs (1–3 words) looked up longest first. */
export function findPlaceMentions(text: string, sentence: number, lang: string, first = false): PlaceMention[] {
  const out: PlaceMention[] = [];
  const ru = lang === 'ru' || lang === 'uk' || lang === 'kk' || lang === 'ky';
  for (const m of text.matchAll(WORD)) {
    const words = m[0].split(/\s+/);
    const at = m.index ?? 0;
    for (let start = 0; start < words.length;) {
      let matched = 0;
      for (let len = Math.min(3, words.length - start); len >= 1 && !matched; len--) {
        const phrase = words.slice(start, start + len).join(' ').replace(/[’']s$/, '');
        if (NOT_PLACES.has(phrase.toLowerCase())) continue;
        const cyr = /[\u0400-\u04FF]/.test(phrase);
        const hits = cyr ? lookupRussian(phrase) : lookupName(phrase);
        if (!hits.length) continue;
        const offset = at + (start ? words.slice(0, start).join(' ').length + 1 : 0);
        const before = text.slice(Math.max(0, offset - 40), offset);
        const locative = (cyr || ru ? LOCATIVE_RU : LOCATIVE_EN).test(before);
        const origin = (cyr || ru ? ORIGIN_RU : ORIGIN_EN).test(before) || /^(?:-based|-born)/.test(text.slice(offset + phrase.length));
        const entry = hits[0];
        const sentenceStart = offset === 0 || /[“"«(]\s*$/.test(before);
        const dateline = first && offset < 3 && /^\s*(?:,[^—–-]{0,40})?\s*(?:—|–|-{1,2}|\(|:)/.test(text.slice(offset + phrase.length));
        // Small or ambiguous places need a preposition; big ones may stand alone, but not as a sentence's first
        // word unless they are a dateline ("MOSCOW --").
        const trusted = entry.kind === 'country' || locative || origin || dateline || (entry.population >= 300000 && !sentenceStart) || (entry.population >= 1000000);
        if (trusted && phrase.length > 2) {
          out.push({ entry, text: phrase, sentence, origin: origin && !locative, locative, dateline });
          matched = len;
        }
      }
      start += matched || 1;
    }
  }
  return out;
}

/** A dateline such as "MOSCOW --" or "BANGKOK (Reuters) -" opening the text. */
export function datelinePlace(text: string): PlaceMention | null {
  const m = text.match(/^\s*([A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}?)(?:,\s*[A-Za-z. ]{2,20})?\s*(?:—|–|-{1,2}|\(|:)/u);
  if (!m) return null;
  const name = m[1].trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const hits = /[\u0400-\u04FF]/.test(name) ? lookupRussian(name) : lookupName(name);
  return hits.length ? { entry: hits[0], text: name, sentence: 0, origin: false, locative: true, dateline: true } : null;
}

export const toPlace = (e: GazetteerEntry): Place => ({ name: e.name, country: e.country, lat: e.lat, lon: e.lon });

/**
 * Ranks the mentions (weights per sentence given by the caller: sentences about the case count more) and returns
 * the most specific place per country of exploitation, best first. Origins do not count as locations.
 */
export function rankPlaces(mentions: PlaceMention[], weightOf: (sentence: number) => number): Place[] {
  const byCountry = new Map<string, { score: number; cities: Map<GazetteerEntry, number> }>();
  for (const m of mentions) {
    if (m.origin) continue;
    const w = weightOf(m.sentence) * (m.dateline ? 3 : 1) * (m.locative ? 1.5 : 1) * (m.entry.kind === 'city' ? 1.2 : 1);
    const c = byCountry.get(m.entry.country) ?? { score: 0, cities: new Map() };
    c.score += w;
    if (m.entry.kind === 'city') c.cities.set(m.entry, (c.cities.get(m.entry) ?? 0) + w);
    byCountry.set(m.entry.country, c);
  }
  const ranked = [...byCountry.entries()].sort((a, b) => b[1].score - a[1].score);
  if (!ranked.length) return [];
  const top = ranked[0][1].score;
  return ranked.filter(([, c]) => c.score >= top * 0.5).slice(0, 3).map(([cc, c]) => {
    const city = [...c.cities.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const e = city ?? countryEntry(cc);
    return e ? toPlace(e) : { name: cc, country: cc, lat: null, lon: null };
  });
}
