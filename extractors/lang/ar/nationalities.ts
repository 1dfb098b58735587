// Victims' nationalities in Arabic news: country names (i18n-iso-countries "ar") after من/جنسية, and nisba
// adjectives ("عامل كيني", "عمالا بنغاليا", "من الجنسية الهندية") — a hand list of the forms most often named in Gulf
// and Levant labour cases, and the regular nisba of every other one-word country name of the same data (الهند → هندي,
// إثيوبيا → إثيوبي). A nisba on people arrested or charged ("مواطنا مصريا بتهمة") is the suspect's, not the victims'.
import countries from 'i18n-iso-countries';
import { nationalityReader } from '../generic/nationalities.js';
import { PEOPLE_AR } from './relevance.js';
import { DUALS_AR } from './duals.js';

/** Nisba stems (with ال or not; -ي, -ية, -يين, -يات, -ون) and their country, as news writes them. */
const NISBA: [string, string][] = [
  ['كيني', 'KE'],
  ['نيجيري', 'NG'],
  ['كاميروني', 'CM'],
  ['إثيوبي|اثيوبي', 'ET'],
  ['فلبيني|فليبيني', 'PH'],
  ['هندي', 'IN'],
  ['نيبالي', 'NP'],
  ['بنغلاديشي|بنجلاديشي|بنغالي', 'BD'],
  ['سريلانكي', 'LK'],
  ['باكستاني', 'PK'],
  ['مصري', 'EG'],
  ['سوداني', 'SD'],
  ['إندونيسي|اندونيسي', 'ID'],
  ['أوغندي|اوغندي', 'UG'],
  ['غاني', 'GH'],
  ['سوري', 'SY'],
  ['سيراليوني', 'SL'],
  ['مدغشقري', 'MG'],
  ['إريتري|اريتري', 'ER'],
  ['أفغاني|افغاني', 'AF'],
  ['ميانماري|بورمي', 'MM'],
  ['فيتنامي', 'VN'],
  ['تايلاندي', 'TH'],
  ['صومالي', 'SO'],
  ['يمني', 'YE'],
  ['مغربي', 'MA'],
  ['تونسي', 'TN'],
  ['أوزبكي|اوزبكي', 'UZ'],
];
/** Derived nisbas that are other words too: "مجري" (a course), "مالي" (financial), "عربي"; names ending in ي. */
const NOT_NISBA = new Set(['مجري', 'مالي', 'ماليي', 'عربي', 'نمسي', 'بيروي', 'بنمي']);

/** The regular nisba of a one-word country name: ال dropped, final ا or ة → ي, يا → ي, else ي added. */
function nisbaOf(name: string): string | null {
  const s = name.replace(/^ال/u, '');
  if (/\s/u.test(s) || s.length < 3 || /ي$/u.test(s)) return null;
  if (/يا$/u.test(s)) return s.slice(0, -1);
  if (/[اة]$/u.test(s)) return `${s.slice(0, -1)}ي`;
  return `${s}ي`;
}
function nisbaTable(): [string, string][] {
  const known = new Set(NISBA.map(([, cc]) => cc));
  const out = [...NISBA];
  const names = countries.getNames('ar', { select: 'official' }) as Record<string, string>;
  for (const [cc, name] of Object.entries(names)) {
    const n = nisbaOf(name);
    if (n && !known.has(cc) && !NOT_NISBA.has(n) && n.length >= 4) out.push([n, cc]);
  }
  return out;
}

// Endings of a nisba stem (which ends in ي): masculine/feminine, plural, the accusative indefinite (عمالا بنغاليا), and the
// feminine dual (عاملتين إثيوبيتين).
const ENDINGS = '(?:ة|ين|يين|ات|يات|ون|ا|ًا|يا|تين|تان)?';
/** Demonyms whose plural is broken, not the nisba with an ending ("العمال الهنود"). */
const BROKEN_PLURALS: [string, string][] = [
  ['هنود', 'IN'],
  ['أفغان|افغان', 'AF'],
  ['أتراك|اتراك', 'TR'],
];
const NOUNS = `(?:${PEOPLE_AR}|${DUALS_AR}|الرجال|رجال|نساء|شبان|الضحايا|العاملات|العاملين|الخادمات|اللاجئين|لاجئين|لاجئات|اللاجئات|لاجئا|المهاجرين|العمالة|عمالة|عمالا)`;
const TABLE = nisbaTable();
const ROWS = TABLE.map(([stem, cc]) => {
  const s = stem.replace(/^[أإا]/u, '[أإا]');
  return {
    cc,
    // "عمال بنغاليون", "الرجال النيجيريين"; "من الجنسية الهندية", "يحملون الجنسية الإثيوبية"; a nisba counted as a
    // noun, "80 مصريا و30 سودانيا", "احتجاز 32 مصري".
    rx: new RegExp(
      `(?<![\\p{L}])(?:${NOUNS}\\s+(?:ال)?(?:${s})${ENDINGS}|(?:ال)?جنسي(?:ة|ات|تين|تان)\\s+(?:ال)?(?:${s})(?:ة)?)(?![\\p{L}])|(?<![\\p{L}\\d])و?\\d+\\s+(?:${s})(?:ين|ون|ا|ات|ة|تين)?(?![\\p{L}])`,
      'gu',
    ),
  };
});
for (const [plural, cc] of BROKEN_PLURALS)
  ROWS.push({ cc, rx: new RegExp(`(?<![\\p{L}])${NOUNS}\\s+(?:ال)?(?:${plural})(?![\\p{L}])`, 'gu') });

/** Each stem spelling (hamza-less too) → its country, to read the later nisbas of a list after one جنسية. */
const BY_STEM = new Map(
  TABLE.flatMap(([stem, cc]) =>
    stem.split('|').flatMap((f) => [[f, cc] as const, [f.replace(/^[أإ]/u, 'ا'), cc] as const]),
  ),
);
// "من الجنسيتين الهندية والباكستانية", "الجنسيات المصرية والسودانية، والتشادية": the next nisba of the list, ال and ة optional.
const LIST_NEXT = /^\s*[،,]?\s*(?:و\s*)?(?:ال)?(\p{L}+?)(?:ة)?(?![\p{L}])/u;
/** The countries of the nisbas listed after a matched "الجنسية X": read while each word is a known nisba. */
function listedAfter(rest: string): string[] {
  const out: string[] = [];
  for (let m = LIST_NEXT.exec(rest); m; m = LIST_NEXT.exec(rest)) {
    const cc = BY_STEM.get(m[1]);
    if (!cc) break;
    out.push(cc);
    rest = rest.slice(m[0].length);
  }
  return out;
}
/** People named by their nisba as a noun after a number ("32 مصريا", "ثلاثة سودانيين"): a regex source for the counter. */
export const NISBA_NOUNS_AR = `(?:${TABLE.map(([stem]) => stem.replace(/^[أإا]/u, '[أإا]')).join('|')})(?:ين|ون|ا|ات)`;

/** Short vowels, tanween and tatweel, which some sites write ("شخصًا"), are dropped before reading. */
export const stripTashkeel = (s: string) => s.replace(/[\u064B-\u0652\u0640]/gu, '');
// The people of the match are suspects: an arrest before them or a charge right after ("مواطنا مصريا بتهمة").
const SUSPECT_BEFORE = /(?:القبض على|اعتقال|اعتقلت|اعتقل|توقيف|أوقفت|أوقف|المتهم|المتهمين)\s+(?:\S+\s+){0,2}$/u;
const SUSPECT_AFTER = /^\s*(?:\S+\s+)?(?:بتهمة|بتهم|متهم|يشتبه|للاشتباه|المتهم)/u;

const reader = nationalityReader({
  lang: 'ar',
  before: 'من|جنسية|الجنسية|الجنسيات|قادمات من|قادمين من|قدمت من|وصلت من|القادمون من',
  away: 'إلى|عودة|ترحيل|رحلت',
  context: new RegExp(`${PEOPLE_AR}|استغلال|الاتجار|العمل القسري|العمل الجبري`, 'u'),
  // Spellings of the press beside the data's: hamza on alif written or not, and the older forms of some names.
  extraNames: {
    أثيوبيا: 'ET',
    اثيوبيا: 'ET',
    اندونيسيا: 'ID',
    بنجلاديش: 'BD',
    سيريلانكا: 'LK',
    سيرلانكا: 'LK',
  },
});
const CONTEXT = new RegExp(
  `${PEOPLE_AR}|ضحايا|استغلال|الاتجار|العمل القسري|العمل الجبري|لاجئ|اللاجئ|العبودية|السخرة|احتجاز|محتجز|يحتجز`,
  'u',
);

/** Nisbas on people in a sentence about work or exploitation, not on the people arrested. A counted nisba ("32
 *  مصريا") is people by itself, in any sentence. */
function nisbas(sentence: string): string[] {
  const context = CONTEXT.test(sentence);
  const found: string[] = [];
  for (const { cc, rx } of ROWS)
    for (const m of sentence.matchAll(rx)) {
      const at = m.index ?? 0;
      if (!context && !/^و?\d/u.test(m[0])) continue;
      if (SUSPECT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) continue;
      if (SUSPECT_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 30))) continue;
      found.push(cc);
      if (/جنسي/u.test(m[0])) found.push(...listedAfter(sentence.slice(at + m[0].length)));
    }
  return found;
}

/** The reader above, and lists whose later names carry the conjunction و ("من الفلبين وإثيوبيا"). */
export function nationalitiesAr(text: string): string[] {
  const sentence = stripTashkeel(text).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const found = [...reader(sentence), ...nisbas(sentence)];
  if (!found.length) return found;
  // Each "و<name>" right after a found list is read again without its conjunction.
  const extra = reader(sentence.replace(/(?<=[\p{L}])\s+و(?=\p{L}{3})/gu, ' من '));
  return [...new Set([...found, ...extra])];
}
