// A small, fast language detector: the dominant writing script first, then function words and distinctive
// letters among the languages that share it; the page's own lang attribute breaks near-ties. Profiles are data,
// in data/languages.ts.
import { LETTERS, SCRIPT_LANGUAGE, STOPWORDS } from './data/languages.js';

/** Unicode blocks of each script, [from, to] inclusive: a range test per letter is far cheaper than regexes. */
const SCRIPTS: [string, number, number][] = [
  ['Latin', 0x41, 0x24f],
  ['Latin', 0x1e00, 0x1eff],
  ['Cyrillic', 0x400, 0x52f],
  ['Greek', 0x370, 0x3ff],
  ['Armenian', 0x530, 0x58f],
  ['Hebrew', 0x590, 0x5ff],
  ['Arabic', 0x600, 0x6ff],
  ['Arabic', 0x750, 0x77f],
  ['Arabic', 0xfb50, 0xfeff],
  ['Devanagari', 0x900, 0x97f],
  ['Bengali', 0x980, 0x9ff],
  ['Gurmukhi', 0xa00, 0xa7f],
  ['Gujarati', 0xa80, 0xaff],
  ['Tamil', 0xb80, 0xbff],
  ['Telugu', 0xc00, 0xc7f],
  ['Kannada', 0xc80, 0xcff],
  ['Malayalam', 0xd00, 0xd7f],
  ['Sinhala', 0xd80, 0xdff],
  ['Thai', 0xe00, 0xe7f],
  ['Lao', 0xe80, 0xeff],
  ['Myanmar', 0x1000, 0x109f],
  ['Georgian', 0x10a0, 0x10ff],
  ['Hangul', 0x1100, 0x11ff],
  ['Ethiopic', 0x1200, 0x139f],
  ['Khmer', 0x1780, 0x17ff],
  ['Kana', 0x3040, 0x30ff],
  ['Han', 0x3400, 0x9fff],
  ['Hangul', 0xac00, 0xd7af],
  ['Han', 0xf900, 0xfaff],
];

function scriptOf(code: number): string | undefined {
  for (const [name, from, to] of SCRIPTS) if (code >= from && code <= to) return name;
  return undefined;
}

/** script → word → languages that use it; script → letter → languages it marks. Built once. */
const WORDS = new Map<string, Map<string, string[]>>();
for (const [script, langs] of Object.entries(STOPWORDS)) {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(langs))
    for (const w of words.split(' ')) m.set(w, [...(m.get(w) ?? []), lang]);
  WORDS.set(script, m);
}
const MARKS = new Map<string, Map<string, string[]>>();
for (const [script, langs] of Object.entries(LETTERS)) {
  const m = new Map<string, string[]>();
  for (const [lang, letters] of Object.entries(langs))
    for (const ch of letters) m.set(ch, [...(m.get(ch) ?? []), lang]);
  MARKS.set(script, m);
}

function dominantScript(sample: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x41 || (code > 0x5a && code < 0x61) || (code > 0x7a && code < 0xc0)) continue; // ASCII punctuation, digits
    const name = scriptOf(code);
    if (!name) continue;
    letters++;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (!letters) return null;
  // Japanese mixes kana into Han: a modest share of kana decides it.
  if ((counts.get('Kana') ?? 0) > letters * 0.05) return 'Kana';
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** ISO 639-1 code of text (the first few thousand characters are enough), or "und". */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, 2500);
  const hint = declared?.toLowerCase().split(/[-_]/)[0] ?? '';
  const script = dominantScript(sample);
  if (!script) return /^[a-z]{2}$/.test(hint) ? hint : 'und';
  if (SCRIPT_LANGUAGE[script]) return SCRIPT_LANGUAGE[script]!;
  const words = WORDS.get(script);
  if (!words) return 'und';
  const scores = new Map<string, number>(Object.keys(STOPWORDS[script]!).map((l) => [l, 0]));
  for (const w of sample.toLowerCase().match(/[\p{L}\p{M}'’ʻ‘]+/gu) ?? [])
    for (const lang of words.get(w) ?? []) scores.set(lang, scores.get(lang)! + 1);
  const marks = MARKS.get(script);
  if (marks)
    for (const ch of sample) for (const lang of marks.get(ch) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 0.5);
  if (scores.has(hint)) scores.set(hint, scores.get(hint)! * 1.15 + 1);
  const [best] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] === 0)
    return scores.has(hint) ? hint : script === 'Cyrillic' ? 'ru' : script === 'Latin' ? hint || 'und' : 'und';
  return best[0];
}
