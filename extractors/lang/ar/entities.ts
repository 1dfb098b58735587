// Arabic cues for perpetrators and workplaces, and the people named beside a role: Arabic writes no capitals, so a
// name is read after a role word or a verb of naming ("الكفيلة مي سعادة", "كفيله \"عبدالله الفردان\"", "الكفيل
// يدعى «حسن الماجدي»"): quoted, or opening with a known given name. Written for this project.
import type { Sector } from '../../data/sectors.js';
import type { PersonMention } from '../../entities/people.js';
import type { EntityPack } from '../types.js';
import { GIVEN_NAMES_AR } from './given-names.js';

export const PERPETRATOR_CUES_AR =
  /القبض على|اعتقال|اعتقل|بتهمة|المتهم|متهم|المشتبه|صاحب العمل|أصحاب العمل|الكفيل|مكتب استقدام|أدين|حكم على/u;

const WP: [string, string, Sector][] = [
  ['عاملات? المنازل|عاملة منزلية|عاملات منزلية|خادمات?|مكتب استقدام|مكاتب الخدم', 'منزل', 'domestic_work'],
  ['الإنشاءات|البناء|موقع بناء', 'البناء', 'construction'],
  ['مزرعة|المزارع|مزارع', 'مزرعة', 'agriculture'],
  ['مصنع|معمل', 'مصنع', 'manufacturing'],
  ['قارب صيد|سفينة صيد|الصيد', 'قارب صيد', 'fishing'],
];

export const WORKPLACES_AR = WP.map(([rx, name, sector]) => ({ pattern: new RegExp(rx, 'u'), name, sector }));

/** Roles that tie their bearer to the exploitation: the accused, the sponsor, the employer, the owner. */
const PERPETRATOR_ROLES_AR = [
  'المتهم',
  'المتهمة',
  'المتهمين',
  'المشتبه به',
  'المشتبه بها',
  'المدعى عليه',
  'المدعى عليها',
  'المدّعى عليه',
  'المدّعى عليها',
  'الكفيل',
  'الكفيلة',
  'كفيله',
  'كفيلها',
  'كفيلهم',
  'كفيلتها',
  'صاحب العمل',
  'صاحبة العمل',
  'رب العمل',
  'صاحب الشركة',
  'صاحب المزرعة',
  'صاحب المصنع',
  'صاحب المطعم',
  'صاحب المكتب',
  'مالك الشركة',
  'مالكها',
  'مالكة',
  'المالك',
  'المشغل',
  'المشغّل',
  'السمسار',
  'المهرب',
];
/** Roles of sources and victims, never the accused: lawyers, judges, officials, NGO staff, the workers. */
const OTHER_ROLES_AR = [
  'المحامي',
  'المحامية',
  'محامي',
  'القاضي',
  'القاضية',
  'الوزير',
  'وزير',
  'الأمين العام',
  'المتحدث',
  'المتحدثة',
  'الناشط',
  'الناشطة',
  'الصحفي',
  'الصحفية',
  'السفير',
  'المستشار',
  'العقيد',
  'اللواء',
  'العميد',
  'النقيب',
  'الضحية',
  'العامل',
  'العاملة',
  'الخادمة',
  'المواطن',
  'المواطنة',
];
// A verb of naming between the role and the name ("الكفيل يدعى", "شخص يدعى", "المدعو").
const NAMING = '(?:\\s+(?:ي|يُ|ت|تُ|و?ي)?دعى|\\s+المدعو|\\s+المدعوة|\\s+واسمه|\\s+اسمه)?';
const ROLE_ALT = [...PERPETRATOR_ROLES_AR, 'المدعو', 'المدعوة', 'يدعى', 'يُدعى', 'تدعى']
  .sort((a, b) => b.length - a.length)
  .join('|');
// Roles may follow each other ("المدّعى عليها الكفيلة مي سعادة") and take a demonym ("مالكها السعودي «…»").
const ROLES = `(?:${ROLE_ALT})(?:\\s+(?:${ROLE_ALT}))*(?:\\s+ال[\\p{Script=Arabic}]{2,}ي[ةه]?)?`;
const QUOTED_NAME = new RegExp(`(?<![\\p{L}])${ROLES}${NAMING}\\s*[«"“]([\\p{Script=Arabic}\\s]{1,40}?)[»"”]`, 'gu');
const BARE_NAME = new RegExp(
  `(?<![\\p{L}])${ROLES}${NAMING}\\s+((?:[\\p{Script=Arabic}\\u064B-\\u0652]+\\s*){1,5})`,
  'gu',
);
/** Words that join the parts of a name ("عبد الله", "بن سعيد", "آل خليفة", "أبو علي"). */
const NAME_PARTICLE = /^(?:عبد|بن|بنت|ابن|أبو|ابو|أبي|آل)$/u;
/** Words that end a name: prepositions, particles, verbs of the clause. */
const STOP_AR =
  /^(?:في|فى|من|على|إلى|الى|عن|مع|أن|إن|أنه|انه|بأن|الذي|التي|الذين|قد|لم|لا|ما|كان|كانت|قام|قامت|قال|قالت|بعد|قبل|منذ|حيث|ثم|أو|و|بتهمة|بسبب|يعمل|تعمل|ينتمي|يدعي|حتى)$/u;

/** A name read after a role: a quoted name as written; else a given name, its particles and given names, and one
 *  family name that is no preposition, particle or word with case endings (diacritics: "الجلسةَ"). */
function bareName(words: string[]): string | null {
  const first = words[0]!.replace(/^و(?=\p{L}{3})/u, '');
  if (!GIVEN_NAMES_AR.has(first) && !/^عبد/u.test(first)) return null;
  const out = [first];
  for (const w of words.slice(1)) {
    const word = w.replace(/[،,.:؛]+$/u, '');
    if (!word || STOP_AR.test(word) || /[\u064B-\u0652]/u.test(word) || /^(?:[بلفكو]ال|لل)/u.test(word)) break;
    out.push(word);
    const last = out.length > 1 && !NAME_PARTICLE.test(word) && !GIVEN_NAMES_AR.has(word);
    if (last || /[،,.:؛]$/u.test(w) || out.length >= 4) break;
  }
  return out.length >= 2 ? out.join(' ') : null;
}

/** People an Arabic sentence names after a role word or a verb of naming. */
function peopleAr(text: string, sentence: number): PersonMention[] {
  const out: PersonMention[] = [];
  const add = (name: string, start: number) => {
    if (!out.some((o) => start < o.start + o.length && o.start < start + name.length))
      out.push({ name, sentence, start, length: name.length });
  };
  for (const m of text.matchAll(QUOTED_NAME)) {
    const name = m[1]!.trim();
    if (name.split(/\s+/).length <= 5 && !STOP_AR.test(name.split(/\s+/)[0]!))
      add(name, (m.index ?? 0) + m[0].indexOf(m[1]!) + m[1]!.indexOf(name));
  }
  for (const m of text.matchAll(BARE_NAME)) {
    const name = bareName(m[1]!.trim().split(/\s+/));
    if (name) add(name, (m.index ?? 0) + m[0].indexOf(name.split(' ')[0]!));
  }
  return out;
}

export const ENTITIES_AR: EntityPack = {
  perpetratorRoles: PERPETRATOR_ROLES_AR,
  accusedRoles:
    /^(?:المتهم|المتهمة|المتهمين|المشتبه به|المشتبه بها|المدّ?عى عليها?|الكفيل|الكفيلة|كفيله|كفيلها|كفيلهم|كفيلتها|صاحب العمل|صاحبة العمل|رب العمل|صاحب الشركة|صاحب المزرعة|صاحب المصنع|صاحب المطعم|صاحب المكتب|مالك الشركة|مالكها|مالكة|المالك|المشغّ?ل|السمسار|المهرب)$/u,
  otherRoles: OTHER_ROLES_AR,
  speakerBefore: /(?:قال|وقال|قالت|وقالت|أكد|وأكد|أوضح|وأوضح|أضاف|وأضاف|ذكر|وذكر)\s*$/u,
  people: peopleAr,
};
