// Splits article text into sentences with their paragraph index, so that later stages (relevance, indicators,
// victims, dates) can work sentence by sentence and quote a sentence as evidence. Site chrome left in the text
// (teasers, captions, bylines: extractors/chrome.ts) is no sentence of the story. Never throws.
import { withoutChrome } from './chrome.js';

export interface Sentence {
  text: string;
  paragraph: number;
  index: number;
}

// Abbreviations after which a full stop does not end a sentence (English and Russian news usage).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'jr',
  'sr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'inc',
  'ltd',
  'co',
  'corp',
  // Legal forms written with a full stop before or inside a firm's name ('PT. Sinar Jaya', 'Sdn. Bhd.').
  'pt',
  'cv',
  'ud',
  'sdn',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'approx',
  'ул',
  'г',
  'гг',
  'т',
  'д',
  'им',
  'см',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'долл',
  'пос',
  'обл',
  'р-н',
  // German and Indonesian/Malay news: "Nr.", "bzw.", "z.B.", "ca.", "Jl." (street), "Kab." (regency), "Sdn. Bhd."
  'nr',
  'bzw',
  'z.b',
  'u.a',
  'ca',
  'vgl',
  'jl',
  'jln',
  'kab',
  'kec',
  'prov',
  'sdn',
]);

// A German ordinal date ("am 3. März 2023"): the day's dot before a month's name ends no sentence.
const ORDINAL_MONTH =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

// A sentence ends at . ! ? … (or CJK/Thai/Devanagari stops) followed by space and an opening character.
// Chinese and Japanese full stops end a sentence with no space after them (the closing quote stays with it).
const BOUNDARY =
  /([.!?…。！？।؟]+["'”»’)]*)(\s+)(?=["'“«‘([]?[\p{Lu}\p{Lo}\d])|([。！？]+["'”»’)」』]*)(\s*)(?=[^\s"'”»’)」』])/gu;

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*[\p{Lu}"“«])/u)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  withoutChrome(splitParagraphs(text)).forEach((para, paragraph) => {
    let start = 0;
    for (const m of para.matchAll(BOUNDARY)) {
      const stop = m[1] ?? m[3];
      const space = m[2] ?? m[4];
      const end = (m.index ?? 0) + stop.length;
      const before = para.slice(start, m.index ?? 0);
      const lastWord = (before.match(/(\S+)$/)?.[1] ?? '').toLowerCase().replace(/^["'“«(]+/, '');
      // "Dr." or a single initial ("J. Smith") is not a sentence end.
      if (stop === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
      if (stop === '.' && /^\d{1,2}$/.test(lastWord) && ORDINAL_MONTH.test(para.slice(end + space.length))) continue;
      out.push({ text: para.slice(start, end).trim(), paragraph, index: out.length });
      start = end + space.length;
    }
    const rest = para.slice(start).trim();
    if (rest) out.push({ text: rest, paragraph, index: out.length });
  });
  return out;
}
