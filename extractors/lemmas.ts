// A light stemmer for the lemmatised search field: core Elasticsearch here has only the standard analyser, so
// the indexer stores words reduced to stems ("trafficked", "trafficking" → "traffick"; «рабства», «рабство» →
// «рабств»). Deliberately conservative suffix stripping (after Porter's and Snowball-Russian's ideas), written
// for this project; queries go through the same function.
const EN_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'ies', 'ers', 'er', 'es', 's', 'ly'];
const RU_SUFFIXES = ['иями', 'ями', 'ами', 'ией', 'иях', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ать', 'ять', 'ить', 'ыть',
  'ала', 'али', 'ало', 'ила', 'или', 'ило', 'ов', 'ев', 'ей', 'ой', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ам', 'ям',
  'ах', 'ях', 'ом', 'ем', 'ию', 'ия', 'ии', 'ью', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й'];

function stem(word: string, suffixes: string[], minStem: number): string {
  for (const s of suffixes) {
    if (word.length - s.length >= minStem && word.endsWith(s)) {
      const base = word.slice(0, -s.length);
      return s === 'ies' ? `${base}y` : base;
    }
  }
  return word;
}

export function stemWord(word: string, language: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (/[\u0400-\u04FF]/.test(w)) return stem(w, RU_SUFFIXES, 3);
  if (language === 'en' || /^[a-z]+$/.test(w)) return w.length > 4 ? stem(w.replace(/'s$/, ''), EN_SUFFIXES, 4) : w;
  return w;
}

export function lemmatiseText(text: string, language: string): string {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => stemWord(w, language)).join(' ');
}
