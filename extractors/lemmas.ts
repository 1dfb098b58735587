// Stems for the lemmatised search field: core Elasticsearch here has only the standard analyser, so the indexer
// stores words reduced to their Snowball stems ("trafficked", "trafficking" → "traffick"; «рабства», «рабство» →
// «рабств»), taken from the language packs; queries go through the same function, so both sides agree.
import { PACKS, languagePack } from './lang/index.js';

const packs = Object.values(PACKS);

/**
 * Stems already computed, per language and word: news repeats its words, and the Snowball stemmers are the larger
 * part of indexing an article's lemmas. Bounded: emptied when it grows past CACHE_MAX entries.
 */
const CACHE_MAX = 100_000;
const cache = new Map<string, string>();

/** The stem of one word: by the pack of the word's own script (a Russian name in English text is stemmed as Russian). */
export function stemWord(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_MAX) cache.clear();
  const stem = stemUncached(word, language);
  cache.set(key, stem);
  return stem;
}

function stemUncached(word: string, language: string): string {
  const w = word.toLowerCase();
  const own = languagePack(language);
  const pack = own.script.test(w) ? own : packs.find((p) => p.script.test(w));
  // Short Latin words and numbers are kept as they are: stems of "us", "was" help no search.
  if (!pack || (pack.wordBounded && w.length <= 3)) return w.replace(/ё/g, 'е');
  return pack.stem(w);
}

export function lemmatiseText(text: string, language: string): string {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => stemWord(w, language)).join(' ');
}
