// Counting victims in Arabic: digits (Western and Arabic-Indic ٠-٩) or number words before a noun ("28 عاملة",
// "أربعة أطفال"), read by the generic counter (extractors/lang/generic/counts.ts) after the Arabic-Indic digits and
// thousands separator are made Western. Written for this project.
import type { CountMention } from '../../victims.js';
import { packCounts, type CountingVictims } from '../generic/counts.js';
import type { LanguagePack } from '../types.js';
import { PEOPLE_AR } from './relevance.js';

export const VICTIMS_AR: CountingVictims = {
  nouns: PEOPLE_AR,
  minors: 'أطفال|اطفال|طفل|طفلا|طفلة|قاصر|قاصرين|قاصرات|فتيات|أحداث',
  numberWords: {
    اثنان: 2,
    اثنين: 2,
    ثلاثة: 3,
    ثلاث: 3,
    أربعة: 4,
    أربع: 4,
    خمسة: 5,
    خمس: 5,
    ستة: 6,
    ست: 6,
    سبعة: 7,
    سبع: 7,
    ثمانية: 8,
    ثماني: 8,
    تسعة: 9,
    تسع: 9,
    عشرة: 10,
    عشر: 10,
    عشرون: 20,
    عشرين: 20,
    ثلاثون: 30,
    ثلاثين: 30,
    أربعون: 40,
    أربعين: 40,
    خمسون: 50,
    خمسين: 50,
    مئة: 100,
    مائة: 100,
  },
  statistics: /إحصائي|العام الماضي|لسنة \d{4}|سنويا|أرقام|دراسة|ألف/u,
  aggregate: /خلال العام|منذ بداية|\d+ (?:قضية|حالة)/u,
  notVictimRoles: 'صاحب العمل|أصحاب العمل|كفيل|مكتب|المتهم|المتهمين|المشتبه',
  authorities: 'الشرطة|النيابة|الوزارة|وزارة|السلطات|المحكمة',
  notPeople: 'سنة|سنوات|أشهر|شهرا|أيام|يوما|ساعة|ساعات|دولار|دولارا|ريال|دينار|ليرة|مرة',
  part: 'من بينهم|منهم|بينهم|من بين',
  suspectAfter: 'متهم|متهمين|مشتبه',
  join: '،|,|و',
};

export const WORKERS_AR = /عمال|عاملات|عاملة|عامل|العمالة|خادمات|خادمة/u;

const INDIC = /[٠-٩]/g;
let pack: LanguagePack | null = null;
export const bindPack = (p: LanguagePack) => {
  pack = p;
};

/** Counts of people in an Arabic sentence: Arabic-Indic digits made Western, then the generic counter. */
export function countsAr(sentence: string, index: number): CountMention[] {
  const s = sentence.replace(INDIC, (d) => String(d.charCodeAt(0) - 0x660)).replace(/(\d)٬(?=\d{3})/g, '$1');
  return pack ? packCounts(s, index, pack) : [];
}
