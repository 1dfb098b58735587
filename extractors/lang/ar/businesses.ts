// Businesses named in Arabic text: a company noun (شركة, مؤسسة, مصنع) followed by a name of up to three words
// ("شركة يونايتد كلينينغ"), or a name before a legal form ("… ذ.م.م"). The name is what follows the noun.
// Written for this project.

const STOP = new Set([
  'في',
  'فى',
  'من',
  'على',
  'إلى',
  'الى',
  'التي',
  'الذي',
  'قال',
  'قالت',
  'لدى',
  'عن',
  'مع',
  'دون',
  'بعد',
  'قبل',
  'حيث',
  'كما',
  'أن',
  'إن',
  'ان',
  'لكن',
  'بمبلغ',
  'ترفض',
  'تعمل',
  'أنه',
]);
const NOUN = /(?<![\p{L}])(?:شركة|مؤسسة|مصنع)\s+((?:[^\s،,.:؛"«»()]+\s*){1,3})/gu;
const LEGAL = /((?:[^\s،,.:؛"«»()]+\s+){1,3})(?:ذ\.?\s?م\.?\s?م\.?|ش\.?\s?م\.?\s?ع\.?|المحدودة)/gu;

export function businessesAr(text: string): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  const add = (name: string, reason: string) => {
    if (name.length >= 4 && !out.some((o) => o.name === name)) out.push({ name, reason });
  };
  for (const m of text.matchAll(NOUN)) {
    const words: string[] = [];
    for (const w of m[1]!.trim().split(/\s+/)) {
      // A definite adjective ("الشركة القطرية") or a function word ends the name.
      if (STOP.has(w) || (words.length === 0 && /^ال/u.test(w)) || /^\d/.test(w)) break;
      words.push(w);
      if (/[،,]$/.test(w)) break;
    }
    if (words.length) add(words.join(' ').replace(/[،,]$/, ''), 'company noun before the name');
  }
  for (const m of text.matchAll(LEGAL)) add(m[1]!.trim(), 'legal form after the name');
  return out;
}
