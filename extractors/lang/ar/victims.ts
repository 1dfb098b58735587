// Counting victims in Arabic: digits (Western and Arabic-Indic ٠-٩) or number words before a noun ("28 عاملة",
// "أربعة أطفال"), read by the generic counter (extractors/lang/generic/counts.ts) after the Arabic-Indic digits and
// thousands separator are made Western. Written for this project.
import type { CountMention } from '../../victims.js';
import { packCounts, type CountingVictims } from '../generic/counts.js';
import type { LanguagePack } from '../types.js';
import { NISBA_NOUNS_AR, stripTashkeel } from './nationalities.js';
import { DUALS_AR } from './duals.js';
import { arabicNumbers } from './numbers.js';
import { PEOPLE_AR } from './relevance.js';

// Nouns counted besides the people words of relevance: a country's own citizens told by the country ("300 من
// مواطنيها" once its من is dropped below), and nisbas as nouns ("80 مصريا و30 سودانيا").
const CITIZENS_AR = 'مواطنيها|مواطنيه|مواطنيهم|مواطنينا|رعاياها|رعاياه|رعايانا|رعايا';

export const VICTIMS_AR: CountingVictims = {
  nouns: `${PEOPLE_AR}|${CITIZENS_AR}|${NISBA_NOUNS_AR}|${DUALS_AR}`,
  minors: 'أطفال|اطفال|طفل|طفلا|طفلة|قاصر|قاصرين|قاصرات|فتيات|أحداث|طفلين|طفلان|طفلتين|طفلتان|قاصرتين|قاصرتان',
  numberWords: arabicNumbers(),
  statistics: /إحصائي|العام الماضي|لسنة \d{4}|سنويا|أرقام|دراسة|ألف/u,
  aggregate: /خلال العام|منذ بداية|\d+ (?:قضية|حالة)/u,
  notVictimRoles: 'صاحب العمل|أصحاب العمل|كفيل|مكتب|المتهم|المتهمين|المشتبه',
  authorities: 'الشرطة|النيابة|الوزارة|وزارة|السلطات|المحكمة',
  notPeople: 'سنة|سنوات|أشهر|شهرا|أيام|يوما|ساعة|ساعات|دولار|دولارا|ريال|دينار|ليرة|مرة',
  part: 'من بينهم|منهم|بينهم|من بين',
  suspectAfter: 'متهم|متهمين|مشتبه',
  // "واجهت المتهمين فيها (مواطن و3 مصريين)", "القبض على 4 أشخاص": people right after the accused or an arrest.
  suspectBefore:
    '(?:المتهم(?:ين|ون|ان|تين)?|المشتبه(?:\\s+(?:بهم|به|فيهم))?|ضد|القبض\\s+على|اعتقال|توقيف)(?:\\s+(?:فيها|فيه|وهم|هم))?\\s*[(:،,]?(?:\\s*[\\p{L}]+\\s+و)?',
  join: '،|,|و',
  total: 'إجمالي|بإجمالي|مجموعهم|مجموعه|ليصل عددهم إلى|ليبلغ عددهم|بلغ عددهم|وعددهم',
};

export const WORKERS_AR = /عمال|عاملات|عاملة|عامل|العمالة|خادمات|خادمة/u;

const INDIC = /[٠-٩]/g;
const AND_NUMBER = /(^|[\s،,(])و(?=[٠-٩\d]|(?:ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|أحد|إحدى|احد|احدى|اثن|مئ|مائ))/gu;
let pack: LanguagePack | null = null;
export const bindPack = (p: LanguagePack) => {
  pack = p;
};

const WORDS = Object.keys(arabicNumbers())
  .sort((a, b) => b.length - a.length)
  .join('|');
// "احتجاز 300 من مواطنيها", "تحرير 12 من العمال": a number, then من, then the people — the من is dropped.
const PARTITIVE = new RegExp(
  `(?<![\\p{L}])(\\d+|${WORDS})\\s+من\\s+(?=(?:ال)?(?:${CITIZENS_AR}|${PEOPLE_AR})(?![\\p{L}]))`,
  'gu',
);
// "العاملات البالغ عددهن ستة عشر", "وعددهم 40": the number told after the group, as "N أشخاص".
const NUMBER_AFTER = new RegExp(
  `(?<![\\p{L}])(?:(?:ال)?بالغ(?:ة|ين)?\\s+|و)?عدد(?:هم|هن|ها)\\s+(?:إلى\\s+|نحو\\s+)?(\\d+|${WORDS})(?![\\p{L}\\d])`,
  'gu',
);

// The number as an adjective after the group, both with the article ("العمال الثلاثة", "العاملات الـ12"): read as "3 عمال".
const GROUP_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}])ال(عمال|عاملات|خادمات|أطفال|اطفال|ضحايا|مهاجرين|أشخاص|اشخاص|نساء|فتيات|رجال|مواطنين) ال(?:ـ\\s*)?(\\d+|${WORDS})(?![\\p{L}\\d])`,
  'gu',
);
// A dual noun not already after a number, with its article or not, is read as "2" and the noun ("العاملتين" → "2 عاملتين").
const DUAL = new RegExp(`(?<![\\p{L}]|\\d\\s)((?:ال|وال|و)?(?:${DUALS_AR}))(?![\\p{L}])`, 'gu');

/** Counts of people in an Arabic sentence: Arabic-Indic digits made Western, then the generic counter. */
export function countsAr(sentence: string, index: number): CountMention[] {
  const s = stripTashkeel(sentence)
    .replace(INDIC, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(PARTITIVE, '$1 ')
    .replace(NUMBER_AFTER, '$1 أشخاص')
    .replace(GROUP_THEN_NUMBER, '$2 $1')
    .replace(/(\d)٬(?=\d{3})/g, '$1')
    // "12 امرأة و3 أطفال", "وثلاثة أطفال": the conjunction written onto the next group's number is split off.
    .replace(AND_NUMBER, '$1و ')
    .replace(DUAL, (w) => `${w.startsWith('و') ? 'و ' : ''}2 ${w.replace(/^و?(?:ال)?/u, '')}`);
  return pack ? packCounts(s, index, pack) : [];
}
