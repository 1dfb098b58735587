// The registry of language packs: one line per language. `languagePack` is the one place that decides which
// pack serves an article: its declared language when a pack exists, else a fallback pack (Ukrainian news is read
// with the Russian pack; Kazakh or Kyrgyz written in Cyrillic too), else the pack of the text's script.
import { EN } from './en/index.js';
import { RU } from './ru/index.js';
import { ID } from './id/index.js';
import { MS } from './ms/index.js';
import { DE } from './de/index.js';
import { PT } from './pt/index.js';
import { ES } from './es/index.js';
import { FR } from './fr/index.js';
import { IT } from './it/index.js';
import { ZH } from './zh/index.js';
import { AR } from './ar/index.js';
import type { LanguagePack } from './types.js';

export type { LanguagePack } from './types.js';

/** Adding a language: a folder extractors/lang/<code>/ exporting its pack, and one line here. */
export const PACKS: Record<string, LanguagePack> = {
  en: EN,
  ru: RU,
  id: ID,
  ms: MS,
  de: DE,
  pt: PT,
  es: ES,
  fr: FR,
  it: IT,
  zh: ZH,
  ar: AR,
};

/**
 * Languages without a pack of their own, read with a related one. `script` limits a fallback to text in that
 * script: Kazakh and Uzbek news in Latin letters is not Russian.
 */
const FALLBACKS: { from: string; to: string; script?: RegExp }[] = [
  { from: 'uk', to: 'ru' },
  { from: 'be', to: 'ru' },
  { from: 'kk', to: 'ru', script: /[\u0400-\u04FF]/ },
  { from: 'ky', to: 'ru', script: /[\u0400-\u04FF]/ },
  { from: 'tg', to: 'ru', script: /[\u0400-\u04FF]/ },
  { from: 'uz', to: 'ru', script: /[\u0400-\u04FF]/ },
];

/** Where neither the language nor a fallback has a pack: the pack whose script the text is written in. */
const DEFAULT_PACK = EN;

/** Share of letters of a script in the first 2,000 characters. */
function scriptShare(text: string, script: RegExp): number {
  const sample = text.slice(0, 2000);
  let n = 0;
  let letters = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (script.test(ch)) n++;
  }
  return letters ? n / letters : 0;
}

/** The ISO 639-1 code an article declares, else the code of the pack its script points to. */
export function articleLanguage(declared: string | null | undefined, text = ''): string {
  const code = (declared ?? '').toLowerCase().split(/[-_]/)[0];
  if (code && code !== 'und') return code;
  return packByScript(text).code;
}

function packByScript(text: string): LanguagePack {
  let best = DEFAULT_PACK;
  let share = 0;
  for (const p of Object.values(PACKS)) {
    const s = scriptShare(text, p.script);
    if (s > share) {
      best = p;
      share = s;
    }
  }
  return best;
}

/**
 * The pack for an article in language `code` ("ru", "uk-UA", "und"); `text` settles undeclared languages and
 * script-dependent fallbacks. Cheap: called once per article by the analysis, which hands the pack on.
 */
export function languagePack(code: string | null | undefined, text?: string): LanguagePack {
  const lang = articleLanguage(code, text ?? '');
  const direct = PACKS[lang];
  if (direct) return direct;
  for (const f of FALLBACKS) {
    if (f.from !== lang) continue;
    if (f.script && (text === undefined || scriptShare(text, f.script) < 0.5)) break;
    return PACKS[f.to] ?? DEFAULT_PACK;
  }
  return text !== undefined ? packByScript(text) : DEFAULT_PACK;
}
