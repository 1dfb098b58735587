// Businesses named in Arabic text: a company noun (شركة, مؤسسة, مصنع) followed by a name of up to three words
// ("شركة يونايتد كلينينغ"), a name closed by the trade it is "for" ("شركة النور للمقاولات", "مكتب الفجر
// للاستقدام": the usual shape of an Arabic firm's name, which may open with the article), a quoted name after a
// company or shop noun, or a name before a legal form ("… ذ.م.م"). The name is what follows the noun.
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
  // What follows a firm's name in a clause: a negation, a particle, the workers it wronged.
  'لم',
  'لن',
  'لا',
  'قد',
  'ما',
  'أو',
  'منذ',
  'حتى',
  'العمال',
  'العاملين',
  'العاملات',
  'الموظفين',
  'عمال',
  'عاملات',
  // A verb opening a relative clause after an indefinite noun ("شركة تبيع …", a company that sells …).
  'تبيع',
  'تشتري',
  'تملك',
  'تملكها',
  'يملكها',
  'تدير',
  'تديرها',
  'يديرها',
  'تتبع',
  'تابعة',
  'تقوم',
  'تنشط',
  'تختص',
  'تعنى',
  'توظف',
  'تستقدم',
  'تقدم',
  'توفر',
  'تصنع',
  'تنتج',
  'تصدر',
  'تورد',
  'بتهمة',
  'بسبب',
]);
const NOUN = /(?<![\p{L}])(?:شركة|مؤسسة|مصنع)\s+((?:[^\s،,.:؛"«»()]+\s*){1,3})/gu;
/** A firm, office, farm, shop or workshop, then up to three words and the trade it is for ("للمقاولات"). */
const FOR_TRADE =
  /(?<![\p{L}])[لبو]?(?:شركة|شركات|مؤسسة|مصنع|مكتب|مزرعة|مطعم|ورشة|محل|وكالة)\s+((?:[^\s،,.:؛"«»()]+\s+){1,3}?لل[^\s،,.:؛"«»()]{3,}(?:\s+و(?:ال)?[^\s،,.:؛"«»()]{3,})?)/gu;
/** A quoted name after a company or shop noun: «مطعم "الواحة"», «شركة «الأمل»». */
const QUOTED = /(?<![\p{L}])[لبو]?(?:شركة|مؤسسة|مصنع|مكتب|مزرعة|مطعم|ورشة|محل|وكالة)\s+[«"“(]([^»"”()]{2,40})[»"”)]/gu;
/** A first word that is no name: a pronoun-suffixed noun ("شركة ومالكها", its owner), the trade alone ("شركة
 *  للأمن", a company for security), an indefinite adjective of a country or kind ("شركة صينية", a Chinese company). */
const NOT_NAME_FIRST = /^(?:و\p{L}+(?:ها|هم|هما)|لل\p{L}+|\p{L}{3,}ية)$/u;
/** Firms listed by what they make, after a colon or "و" in a sentence about companies ("هي: A لصناعة الأحذية وB …"). */
const LISTED = /(?:[:：]\s*|\sو)((?:[^\s،,.:؛"«»()]+\s+){1,5}?)(?:لصناعة|للصناعات|للتجارة|للمقاولات)\s/gu;
const ABOUT_FIRMS = /(?<![\p{L}])(?:الشركات|شركات)(?![\p{L}])/u;
/** Words that open a generic phrase, not a name: a kind of office or trade ("مكتب استقدام", "شركة مقاولات"). */
const GENERIC_FIRST =
  /^(?:استقدام|توظيف|تشغيل|خدمات|مقاولات|توريد|حراسة|نظافة|تنظيف|أمن|كبرى|صغيرة|خاصة|محلية|أجنبية|وهمية|تابعة|عاملة)$/u;
const LEGAL = /((?:[^\s،,.:؛"«»()]+\s+){1,3})(?:ذ\.?\s?م\.?\s?م\.?|ش\.?\s?م\.?\s?ع\.?|المحدودة)/gu;

export function businessesAr(text: string): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  const add = (name: string, reason: string) => {
    if (name.length < 4 || out.some((o) => o.name === name || o.name.includes(name))) return;
    // A longer reading of a name already kept ("النور للمقاولات" over "النور") replaces it.
    const k = out.findIndex((o) => name.includes(o.name));
    if (k >= 0) out[k] = { name, reason };
    else out.push({ name, reason });
  };
  for (const m of text.matchAll(NOUN)) {
    const words: string[] = [];
    for (const w of m[1]!.trim().split(/\s+/)) {
      // A definite adjective ("الشركة القطرية") or a function word ends the name.
      if (STOP.has(w) || (words.length === 0 && (/^ال/u.test(w) || NOT_NAME_FIRST.test(w))) || /^\d/.test(w)) break;
      words.push(w);
      if (/[،,]$/.test(w)) break;
    }
    if (words.length) add(words.join(' ').replace(/[،,]$/, ''), 'company noun before the name');
  }
  for (const m of text.matchAll(LEGAL)) add(m[1]!.trim(), 'legal form after the name');
  for (const m of text.matchAll(FOR_TRADE)) {
    const name = m[1]!.trim();
    if (!GENERIC_FIRST.test(name.split(/\s+/)[0]!) && !STOP.has(name.split(/\s+/)[0]!))
      add(name, 'name closed by the trade it is for');
  }
  for (const m of text.matchAll(QUOTED)) add(m[1]!.trim(), 'quoted name after a company or shop noun');
  if (ABOUT_FIRMS.test(text))
    for (const m of text.matchAll(LISTED)) {
      const name = m[1]!.trim();
      if (!STOP.has(name.split(/\s+/)[0]!) && !/^ال/u.test(name)) add(name, 'firm listed by what it makes');
    }
  return out;
}
