// Counting victims in Arabic: digits (Western and Arabic-Indic ٠-٩) or number words before a noun ("28 عاملة",
// "أربعة أطفال"), read by the generic counter (extractors/lang/generic/counts.ts) after the Arabic-Indic digits and
// thousands separator are made Western. Written for this project.
import type { CountMention } from '../../victims.js';
import { packCounts, type CountingVictims } from '../generic/counts.js';
import type { LanguagePack } from '../types.js';
import { arabicNumbers } from './numbers.js';
import { PEOPLE_AR } from './relevance.js';

export const VICTIMS_AR: CountingVictims = {
  nouns: PEOPLE_AR,
  minors: 'أطفال|اطفال|طفل|طفلا|طفلة|قاصر|قاصرين|قاصرات|فتيات|أحداث',
  numberWords: arabicNumbers(),
  statistics: /إحصائي|العام الماضي|لسنة \d{4}|سنويا|أرقام|دراسة|ألف/u,
  aggregate: /خلال العام|منذ بداية|\d+ (?:قضية|حالة)/u,
  notVictimRoles: 'صاحب العمل|أصحاب العمل|كفيل|مكتب|المتهم|المتهمين|المشتبه',
  authorities: 'الشرطة|النيابة|الوزارة|وزارة|السلطات|المحكمة',
  notPeople: 'سنة|سنوات|أشهر|شهرا|أيام|يوما|ساعة|ساعات|دولار|دولارا|ريال|دينار|ليرة|مرة',
  part: 'من بينهم|منهم|بينهم|من بين',
  suspectAfter: 'متهم|متهمين|مشتبه',
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

/** Counts of people in an Arabic sentence: Arabic-Indic digits made Western, then the generic counter. */
export function countsAr(sentence: string, index: number): CountMention[] {
  const s = sentence
    .replace(INDIC, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/(\d)٬(?=\d{3})/g, '$1')
    // "12 امرأة و3 أطفال", "وثلاثة أطفال": the conjunction written onto the next group's number is split off.
    .replace(AND_NUMBER, '$1و ');
  return pack ? packCounts(s, index, pack) : [];
}
