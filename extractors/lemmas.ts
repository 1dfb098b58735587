// Stems for the lemmatised search field: core Elasticsearch here has only the standard analyser, so the indexer
// stores words reduced to their Snowball stems ("trafficked", "trafficking" → "traffick"; «рабства», «рабство» →
// «рабств»), taken from the language packs; queries go through the same function, so both sides agree.
import { PACKS, languagePack } from './lang/index.js';

const packs = Object.values(PACKS);

/** The stem of one word: by the pack of the word's own script (a Russian name in English text is stemmed as Russian). */
export function stemWord(word: string, language: string): string {
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
