// Arabic relevance lexicon, written for this project from the vocabulary of Gulf and Levant anti-trafficking laws
// (الاتجار بالأشخاص/بالبشر), the ILO's Arabic terms (العمل الجبري/القسري), news on the kafala system and domestic
// workers; with the traps of Arabic usage: "slavery" to phones, brands or habits, a politician forced to resign,
// sexual exploitation only, history. Arabic attaches prefixes (و، ب، ل، ال), so patterns are not word-bounded.
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import countries from 'i18n-iso-countries';

const NUM = '\\d[\\d,.]*|[٠-٩]+|أربع|خمس|ست|سبع|ثماني|تسع|عشر|ثلاث|اثن';
export const PEOPLE_AR =
  'عاملات|عاملة|عاملا|عاملين|العمال|عمال|عامل|شخصا|مواطنا|مواطنين|مواطنات|امرأة|فتاة|الأطفال|طفل|خادمات|خادمة|أطفال|اطفال|طفلا|أشخاص|اشخاص|مهاجرين|مهاجرا|مهاجرات|ضحايا|ضحية|نساء|رجال|فتيات|قاصرين|قاصرات';
// Not "600 ألف عامل" (a total) nor the interviewees of a report ("مقابلات … مع 32 من العاملات").
export const GROUP_AR = `^(?!.*(?:مقابلات|مقابلة|مقابلت|دراسة|منظمة العمل الدولية|كشف التقرير|وفق التقرير|بحسب التقرير))(?=.*(?<![\\p{L}\\d.,])[وب]?(?:${NUM})\\S* (?!ألف|مليون)(?:\\S+ )?(?:${PEOPLE_AR}))`;
// Case events by kind: rescue and raid, arrest, court (ruling, sentence, trial, adjournment), complaint and appeal for
// help, escape and return home, customs orders and import bans, an inspection that closes a workplace.
export const EVENTS_AR = [
  'تحرير|حرر|إنقاذ|انقاذ|أنقذ|تنقذ|ينقذ|أوقف|توقيف|تفكيك|فكك|ضبط|القبض|اعتقال|اعتقل|مداهمة|داهم|تداهم|احتجاز|الإطاحة|أطاح|سقوط عصابة',
  // A sentence passed on someone ("بسجنه", "بحبس"), not a law's penalty ("يعاقب بالسجن").
  'قضت|حكمت|حكم على|حكما|أدين|إدانة|بإدانة|محاكمة|إحالة|أحال|بتهمة|بتهم|المتهم|متهمين|بسجن|سجنه|سجنها|سجنهم|بحبس|حبسه|تأجيل|أجلت|جلسة',
  'شكوى|شكاوى|تحقيقات|تحقيق في|بلاغ|ناشد|يناشد|استغاث|استغاثة|هرب|فرت|فر من|هروب|تدخلت|وقفت على|إعادة|أعيد|عادوا|ترحيل',
  'كشف(?!\\S* (?:ال)?(?:تقرير|تقارير))|كشفت حملة|حملة تفتيشية|جولة تفتيشية|تفتيش|إغلاق|أغلقت|تشميع',
  // Court and custody steps as the Maghreb and Gulf press word them: convicted by a court, held pending inquiry,
  // a report drawn up (محضر), referral, prosecution (متابعة), custody (الاحتفاظ ب).
  'أدانت المحكمة|أدانته|أدانتها|أدانتهم|ذمة التحقيق|ذمة القضية|محضرا|محضر مخالفة|أحيل|متابعته|متابعتها|متابعتهم|الاحتفاظ ب(?:صاحب|المتهم|المشغل|المشتبه)',
  // Customs: a withhold-release order, a ban on a named supplier's goods.
  'حظر (?:\\S+ )?(?:واردات|استيراد|منتجات)|تحظر|يحظر|منع استيراد|حجز (?:\\S+ )?(?:واردات|شحنات|منتجات)|أمر (?:ب)?(?:حجز|احتجاز|حظر)|وقف (?:الإفراج|استيراد)',
].join('|');

// "الاتجار بالبشر / بالأشخاص / بالأطفال / في النساء": the noun with its article, hamza or none, and either preposition.
const TRAFFICKED_AR =
  'بشر|أشخاص|اشخاص|أطفال|اطفال|نساء|عاملات|عاملة|عمال|عمالة|قاصرين|قصر|فتيات|خادمات|خدم|مهاجرين|مهاجرات|منزليات';
const TRAFFICKING_AR = `[اإأ]تجار (?:ب|في )(?:ال)?(?:${TRAFFICKED_AR})|(?:ال)?متاجر\\S* (?:ب|في )(?:ال)?(?:${TRAFFICKED_AR})`;
// أجبر/أرغم/يجبر/إجبار … على العمل/الخدمة/التسول/التسخير; "forced to resign" is a trap (traps below).
const FORCED_TO_WORK_AR =
  '(?:[أا]جبر|يجبر|تجبر|[إا]جبار|[أا]رغم|يرغم|ترغم|[إا]رغام|أكره|إكراه|اضطر)\\S* (?:\\S+ ){0,3}على (?:ال)?(?:عمل|العمل|خدمة|الخدمة|تسول|التسول|الاشتغال|العمالة|عبودية|العبودية|رق|الرق|سخرة|السخرة)';
// Passports or papers kept: the verb (kept, seized, confiscated, took) up to three words before the papers.
const DOCUMENTS_AR =
  '(?:احتجاز|حجز|مصادرة|الاحتفاظ|احتفاظ|صادر|احتجز|يحتجز|تحتجز|سحب|أخذ|استولى|يحتفظ|تحتفظ|احتفظ)\\S{0,3}(?: \\S+){0,3} (?:ب|و)?(?:ال)?(?:جوازات?|جواز|وثائق|أوراق|بطاقات?|هويات|إقامات)';

// Wages seized or withheld by the employer, in labour-ministry wording ("احتجزت رواتب", "يستولي على أجورهن",
// "توقف عن صرف رواتبهم", "بلا رواتب"). Delays alone ("تأخر صرف الرواتب") are pay disputes, left to the case cues;
// civil servants' pay is a trap below.
const WAGES_HELD_AR = [
  '(?:احتجاز|حجز|احتجز|يحتجز|تحتجز|استولى على|يستولي على|تستولي على|الاستيلاء على|حرمان\\S* من|حرم\\S* من|توقف\\S* عن (?:صرف|دفع)|يقتطع\\S* من|تقتطع\\S* من|اقتطاع)\\S*(?: \\S+){0,2} [وبل]?(?:ال)?(?:رواتب|أجور|مستحقات|راتب|أجر)\\S*',
  '(?:بلا|دون|بدون) (?:رواتب|راتب|أجور)',
  'لم (?:ي|ت)(?:حصل|تقاض|تسلم|ستلم|قبض)\\S* (?:\\S+ )?(?:على )?(?:ال)?(?:رواتب|أجور|راتب|أجر)',
].join('|');

// Workers sold or hired out by their sponsor to another employer for a fee ("الكفيل باعنا لشركة أخرى", "نقلهم للعمل
// لدى شركة أخرى مقابل مبلغ شهري"): the kafala form of trafficking.
const SOLD_BY_SPONSOR_AR = [
  '(?:باع|يبيع|تبيع|باعت)(?:نا|هم|هن|ه|ها|ني)? (?:\\S+ )?(?:ل|إلى )(?:\\S+ )?(?:شركة|كفيل|صاحب عمل|أسرة|مكتب)',
  '(?:نقل|أجر|يؤجر|تؤجر|تأجير|أعار)\\S* (?:\\S+ )?(?:للعمل )?لدى (?:\\S+ )?(?:شركة|كفيل|صاحب عمل|أسرة|أسر)\\S*(?: \\S+){0,2} (?:مقابل|لقاء)',
].join('|');

// Recruitment fraud and visa trading: fake recruitment offices, work visas or job offers ("مكتب استقدام وهمي",
// "تأشيرات عمل مزيفة"), luring people "claiming to find them work abroad" (بزعم توفير فرص عمل), swindling those who
// want to travel for work (النصب على الراغبين في السفر), selling visas or residence permits (الاتجار بالتأشيرات).
const RECRUITMENT_FRAUD_AR = [
  '(?:استقدام|توظيف|تسفير|تأشير|فرص عمل|فرصة عمل|عقود عمل|عقد عمل|مكتب|مكاتب)\\S*(?: \\S+){0,2} (?:وهمي|مزيف|مزور|غير مرخص)\\S*',
  '(?:وهمي|مزيف|مزور)\\S*(?: \\S+)? [لب]?(?:ال)?(?:استقدام|توظيف|تسفير)',
  '(?:بزعم|بدعوى|أوهم|إيهام|بإيهام)\\S*(?: \\S+){0,3} [بل]?(?:ال)?(?:عمل|وظائف|وظيفة|فرص|فرصة|تسفير|توظيف)',
  '(?:النصب|الاحتيال|نصب|احتال|يحتال|ينصب)\\S* على (?:ال)?(?:عمال|عاملات|شباب|راغبين في السفر|راغبي)',
  '(?:اتجار|متاجرة|تجارة|بيع|باع|يبيع)\\S* (?:ب|في )?(?:ال)?(?:تأشيرات|تأشيرة|إقامات|فيز)',
].join('|');

// Children put to work: the verb of employing before a child noun ("يشغل 11 طفلا", "تشغيل طفلة قاصر"), children
// below the working age, and the child maids of the Maghreb press ("خادمات قاصرات", "الطفلات الخادمات").
const CHILD_LABOUR_AR = [
  '(?:تشغيل|يشغل|تشغل|شغل|يستغل|تستغل|استغل)\\S*(?: \\S+)? (?:ال)?(?:أطفال|اطفال|طفل|قاصر|أحداث|صغار|قصر)',
  '(?:خادم)\\S* (?:ال)?(?:قاصر|صغيرات|طفلة)|الطفلات الخادمات|خادمات البيوت',
  // Girls put to work as maids ("تشغيلهن خادمات في البيوت", "شبكة لتشغيل الخادمات").
  'تشغيل\\S* (?:ك)?(?:ال)?(?:خادمات|خادمة|خدم)',
].join('|');
const UNDER_AGE_AR = 'دون (?:سن|السن) (?:العمل|القانونية|الخامسة عشرة|الرابعة عشرة|الثامنة عشرة)';

// Papers in the employer's hands told without a verb of seizing ("جوازاتهم بحوزة الشركة", "جواز سفرها لدى الكفيل").
const DOCUMENTS_HELD_AR =
  '(?:جوازات|جواز|وثائق|أوراق)\\S*(?: (?:ال)?سفر\\S*)? (?:بحوزة|في حوزة|محتجزة|محجوزة|مصادرة|لدى (?:ال)?(?:كفيل|شركة|صاحب|مكتب|مشغل))';

// Not let go: barred from going ashore or leaving the house, farm or ship; kept shut in a flat or a workplace
// ("ممنوعون من النزول إلى البر", "حبيسة منزل كفيلها"). Travel bans on debtors ("منعه من السفر") are not this.
const CONFINED_AR = [
  '(?:ممنوع|يمنع|منع|تمنع)\\S* (?:\\S+ )?من (?:النزول|الخروج من (?:ال)?(?:منزل|سكن|مزرعة|مصنع|سفينة|ورشة|شقة)|مغادرة (?:ال)?(?:منزل|سكن|مزرعة|مصنع|سفينة|ورشة|شقة|موقع))',
  '(?:حبيس|محبوس|محتجز)\\S*(?: \\S+)? (?:في |داخل )?(?:ال)?(?:منزل|شقة|مزرعة|مصنع|سكن|سفينة|ورشة|مخزن)',
].join('|');

// Crews abandoned by the shipowner with their pay stopped ("بحارة عالقون على سفينة مهجورة", "تخلى عنهم مالك السفينة").
const ABANDONED_CREW_AR =
  '(?:بحار|طاقم|صياد)\\S* (?:\\S+ ){0,2}(?:عالق|مهجور)\\S*|سفينة مهجورة|(?:تخلى|تخلت)\\S* عن\\S* (?:\\S+ )?(?:مالك|صاحب|شركة|الشركة|كفيل|الكفيل)';

/**
 * ل + ال contracts to لل ("تعرضوا للعمل القسري", "ضحايا للسخرة"): a topic word written with its article also matches
 * after that preposition.
 */
const withLil = (p: string): string => p.replace(/(^|[|\s])ال(?=\p{L})/gu, '$1(?:ال|لل)');

/**
 * Spelling variants of the press: hamza seats written as bare alif ("اجبار" for "إجبار", "اطفال"), and Egyptian final
 * ى for ي and ه for ة ("العمل القسرى", "السخره"). Letters outside character classes and escapes become classes of
 * their variants, so every pattern of the topic and event tables tolerates them.
 */
function spellingVariants(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      out += c + (p[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    const end = i + 1 >= p.length || /[|\s)]/u.test(p[i + 1]);
    if (c === 'أ' || c === 'إ' || c === 'آ') out += '[أإآا]';
    else if (end && (c === 'ي' || c === 'ى')) out += '[يى]';
    else if (end && c === 'ة') out += '[ةه]';
    else out += c;
  }
  return out;
}
const arabicForms = (p: string): string => spellingVariants(withLil(p));

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_AR: [DiscussedKind, string][] = [
  // القاعدة القانونية المجردة: يعاقب، كل من، ينص القانون، مشروع القانون.
  [
    'norm',
    'يعاقب|يُعاقب|كل من|وفق القانون|ينص القانون|يعرف القانون|يعرّف القانون|مشروع (?:ال)?قانون|حيز التنفيذ|بموجب القانون الجديد',
  ],
  // A reader's legal question ("هل يجوز احتجاز جواز سفر العامل؟", "هل يحق للكفيل…") is an explainer's headline too.
  [
    'definition',
    '^ما (?:هو|هي)|ما هو العمل|هو كل عمل|من علاماته|علامات|كيف (?:يمكن )?(?:التعرف|تتعرف)|^هل (?:يجوز|يحق|يمكن|من حق)|(?:^|[\\s،.])(?:السؤال|الجواب|سؤال):',
  ],
  ['audit', 'لم (?:يجد|تجد|يعثر|تعثر|يرصد|ترصد) (?:على )?(?:أي|أية)'],
  ['plan', 'الخطة الوطنية|خطة وطنية|الاستراتيجية الوطنية|سيتم تنفيذ'],
  ['period', 'خلال (?:العام|عام|السنة|الأشهر|الفترة)|العام الماضي|العام السابق|منذ بداية العام|سنويا|مقارنة ب'],
  ['share', '\\d+(?:[.,]\\d+)? ?(?:%|٪|في المئة|بالمئة|بالمائة)'],
  [
    'attribution',
    'وفقا (?:للتقرير|لتقرير|للإحصا\\S*|للبيانات)|بحسب (?:التقرير|الإحصا\\S*|البيانات|الأرقام)|التقرير السنوي|أفاد التقرير|إحصائي\\S*',
  ],
  ['total', 'آلاف|ملايين|\\d{1,3}(?:,\\d{3})+|في \\d+ دول'],
];

export const RELEVANCE_AR: RelevanceLexicon = {
  discussed: DISCUSSED_AR,
  topic: (<[string, number][]>[
    [
      'العمل القسري|العمل الجبري|العمل الجبرى|العمل الإجباري|العمل الإجبارى|العمل الاجباري|السخرة|اتجار بالبشر|اتجار بالأشخاص|اتجار بالاشخاص|إتجار بالبشر|اتجار في البشر|المتجرين بالبشر|تجار البشر|الرق الحديث|العبودية الحديثة|مزادا? للرقيق|يباعون كعبيد|يباعون كرقيق|استعباد',
      3,
    ],
    ['عمل قسري|عمل جبري|عمل إجباري|أعمال السخرة|العبودية المعاصرة|تجارة البشر|الاتجار بالعمالة|ضحايا الاتجار', 3],
    // Enslavement as a verb or noun (استرقاق, يسترقون): the modern legal word, unlike the metaphorical "عبودية".
    ['استرقاق|يسترق|استرق', 3],
    // Trafficking in any group ("الاتجار بالأطفال", "إتجار في النساء"), with or without the article and hamza.
    [`${TRAFFICKING_AR}`, 3],
    // "Forced them to work / serve / beg" (أجبرهم على العمل): the verb of forced labour itself, in any person.
    [FORCED_TO_WORK_AR, 3],
    // Slavery-like conditions ("ظروف تشبه العبودية", "أشبه بالرق").
    ['(?:تشبه|شبيهة ب|أشبه ب|أقرب إلى|ترقى إلى)\\S{0,2} ?(?:ال)?(?:عبودية|رق|سخرة)', 3],
    [
      'عمل الأطفال|عمالة الأطفال|تشغيل الأطفال|استغلال الأطفال|الاستغلال الاقتصادي|استغلال العمال|استغلال العاملات|نظام الكفالة|الكفالة|الكفيل|تجار الإقامات|الاتجار بالإقامات',
      2,
    ],
    ['عاملات المنازل|عاملة منزلية|خادمة|خادمات|تعنيف|سوء معاملة', 1],
    // Domestic workers as a sector (laws, kafala reform): a light cue, as recruitment-price news names them too.
    ['العمالة المنزلية|عمالة منزلية|العمال المنزليين|عمال المنازل', 0.5],
    [`${DOCUMENTS_AR}|استغلال|الاستغلال`, 2],
    ['دون أجر|بلا أجر|بدون أجر|عدم دفع|دون راتب|إيقاف أجور|سوء المعاملة', 1],
    [WAGES_HELD_AR, 1],
    [RECRUITMENT_FRAUD_AR, 2],
    [SOLD_BY_SPONSOR_AR, 3],
    [CHILD_LABOUR_AR, 2],
    [UNDER_AGE_AR, 1],
    [DOCUMENTS_HELD_AR, 2],
    [CONFINED_AR, 1],
    [ABANDONED_CREW_AR, 1],
    // "Forced labour" in Maghreb usage (التشغيل القسري, الشغل الإجباري) and servitude without the article.
    ['(?:ال)?(?:تشغيل|شغل) (?:ال)?(?:قسري|إجباري|اجباري|جبري)|(?:^|[\\s،.])سخرة', 3],
    // "Slavery" alone is as often a metaphor (to phones, brands, habits) as a case.
    ['عبودية|العبودية|رقيق|عبيد', 0.5],
  ]).map(([p, w]) => [arabicForms(p), w]),
  events: [[spellingVariants(EVENTS_AR), 1]],
  incident: [
    // Written without the article: ل + ال contracts to لل ("بلاغ للشرطة", "شكوى للقوى العاملة").
    [
      'شرطة|نيابة|وزارة الداخلية|وزارة العمل|وزارة الموارد البشرية|قوى العاملة|هيئة تنظيم سوق العمل|مفتشي العمل|مفتشو العمل|حرس الوطني|أجهزة الأمنية|سلطات|محكمة',
      0.5,
    ],
    [GROUP_AR, 1],
  ],
  related: [
    // A broadcaster's or paper's report on one case ("يقول تقرير لتلفزيون…", "تقرير أعدته قناة…") is the news itself,
    // not a study.
    [
      '(?:ال)?تقرير(?! (?:ل|أعدته |بثته |نشرته )?(?:ال)?(?:تلفزيون|قناة|صحيفة|موقع|وكالة))|دراسة|الدراسة|إحصائي|أرقام|مؤتمر|المؤتمر|مقابلات',
      1,
    ],
    // A law's wording ("يعاقب بالسجن … وبغرامة لا تقل عن"), not a court's sentence ("وتغريمه 10 آلاف").
    ['قانون|القانون|نظام العمل|عقوبات|يعاقب|عقوبتها|لا تقل عن|لا تزيد على|تعديل|إصلاح|مشروع', 1],
    ['ورشة عمل|ورشة تدريبية|دورة تدريبية|ندوة|حملة توعية|توعوية|اليوم العالمي|استراتيجية|خطة وطنية|اللجنة الوطنية', 1],
    ['العام الماضي|لسنة \\d{4}|خلال العام|سنويا|\\d+ قضية|\\d+ ألف', 1],
    ['دعت|حثت|طالبت|رأي|مقال', 0.5],
  ],
  traps: [
    'عبودية (?:الجيب|الهاتف|المحمول|الموضة|الماركات|التكنولوجيا|الشاشات?|العادة|المال)',
    '(?:أجبر|اجبر|أرغم|ارغم|يجبر|تجبر|يرغم|ترغم|إجبار|اجبار|إرغام|اضطر|مجبر)\\S* (?:\\S+ ){0,2}على (?:الاستقالة|التنحي|الرحيل|الانسحاب|التقاعد|الاعتذار|ترك منصب)',
    // Civil servants' and pensioners' pay held up: a budget story, not an employer keeping workers' wages.
    'رواتب (?:ال)?(?:موظف|متقاعد|القطاع العام|الدولة)\\S*|(?:ال)?موظفين الحكوميين',
    'الاستغلال الجنسي|الدعارة|المخدرات|التهريب',
    // The sponsor's side of a maid's flight: an absconding report, brokers who lure maids to other households, the
    // "phenomenon" of runaways, the worker's own offence of working without a permit. Not a case of her exploitation.
    'بلاغ(?:ات)? (?:ال)?(?:هروب|تغيب)|تهريب (?:ال)?(?:خادمات|خادمة|عاملات|خدم)|ظاهرة (?:ال)?هروب|(?:ال)?(?:خادمات|عاملات|عمالة) (?:ال)?(?:هاربات|هاربة|سائبة)|(?:ي|ت|ال)?عمل\\S* (?:\\S+ ){0,4}(?:دون|بدون) (?:تصريح|إذن عمل)|لدى غير (?:ال)?كفيل|(?:عدم )?الإبلاغ عن (?:هروب|تغيب)\\S*',
  ],
  contextTraps: [
    'الهاتف|المحمول|الجوال|شاشة|إشعارات|إدمان|الموضة|ماركة|ماركات|التواصل الاجتماعي|لايك|هاتفا',
    'تاريخ|التاريخ|القرن|الاستعمار|فيلم|رواية|مسلسل',
  ],
};

/** Working people beyond the victims pack's worker nouns: fishermen, sailors, crews, builders, farmhands, maids. */
export const WORKERS_MORE_AR = 'صياد|بحار|طاقم|بنائين|مزارعين|خدم|وافد|عمالة';

/** Nouns an aggregate lead counts by the ten or more: operations, raids, campaigns, cases, countries. */
export const AGGREGATE_NOUNS_AR = [
  'عملية',
  'عمليات',
  'مداهمة',
  'مداهمات',
  'حملة',
  'حملات',
  'قضية',
  'قضايا',
  'جولة تفتيشية',
  'دولة',
  'دول',
  'بلدا',
];

// Workers named by the country they come from ("عاملات من سريلانكا", "بحارة من الهند"): country names from
// i18n-iso-countries ("ar").
const COUNTRY_NAMES_AR = Object.values(countries.getNames('ar', { select: 'all' }) as Record<string, string[]>)
  .flat()
  .filter((n) => !/[(),]/.test(n))
  .sort((a, b) => b.length - a.length)
  .join('|');
const ORIGIN_GROUP_AR = `(?:عمال|عاملات|عاملة|عامل|خادمات|مهاجر|بحار|صياد)\\S* (?:\\S+ )?(?:من|قادم\\S* من) (?:${COUNTRY_NAMES_AR})`;

// One person told by age or origin ("امرأة من كينيا تبلغ من العمر 25 عاما", "فتاة البالغة من العمر 19"): as specific
// as a counted group.
const ONE_PERSON_AR = `(?:امرأة|فتاة|سيدة|شابة|شاب|رجل|عاملة|عامل|خادمة|طفلة|طفل) (?:\\S+ ){0,3}(?:تبلغ|يبلغ|البالغة|البالغ) من العمر|(?:امرأة|فتاة|سيدة|شابة|شاب|رجل|عاملة|خادمة) (?:من|قادمة من|قادم من) (?:${COUNTRY_NAMES_AR})`;

export const CASE_CUES_AR: CaseCues = {
  exploitation: [
    [
      'wages',
      `دون أجر|بلا أجر|بدون أجر|عدم دفع|دون راتب|(?:يرفض|رفض|ترفض)\\S* دفع|دون أن يدفع|(?:دون|بلا) مقابل|لم (?:تتلق|يتلق|تتقاض|يتقاض|تحصل|يحصل)\\S* (?:\\S+ )?(?:أي |على )?(?:أجر|أجور|راتب|رواتب)|إيقاف أجور|لم يحصل\\S* على (?:أجر|راتب)|ترفض دفع|(?:تأخير|تأخر صرف|عدم صرف)\\S* [وبل]?(?:ال)?(?:رواتب|أجور)\\S*|${WAGES_HELD_AR}`,
    ],
    ['documents', `${DOCUMENTS_AR}|${DOCUMENTS_HELD_AR}`],
    [
      'movement',
      `${CONFINED_AR}|` +
        'دون السماح\\S* (?:لهن |لهم )?بالمغادرة|لا يسمح\\S* (?:لهن |لهم )?بمغادرت|محتجز|احتجاز \\d+|أبواب حديدية|حبس|(?:يمنع|منع|تمنع)\\S* (?:\\S+ )?من (?:ال)?(?:مغادرة|النزول|الخروج|السفر|العودة)|محبوس|(?:لا يستطيع|لا تستطيع|لم يتمكن)\\S* (?:من )?(?:ال)?(?:مغادرة|خروج|عودة)',
    ],
    ['debt', 'دين|ديون|رسوم التوظيف|رسوم توظيف|دفعوا \\S+ \\S+ لوكالة|يدينون|سداد (?:ال)?(?:دين|قرض)'],
    // Beating, not striking work ("أضرب العمال", "إضراب"): ضرب at a word's start or with an object pronoun.
    [
      'violence',
      '(?<!\\p{L})(?:[وف])?(?:ال|لل|بال)?ضرب|[يت]ضرب(?:ه|ها|هم|هن|ون(?:ه|ها|هم|هن))|تعذيب|إساءة المعاملة|سوء المعاملة|اعتداء|عنف|تعنيف',
    ],
    ['threats', 'تهديد|هدد\\S*|يهدد\\S*|تهدد\\S*|ترهيب'],
    // Hours told by their length ("16 ساعة يوميا"), or no day of rest.
    [
      'hours',
      '(?:1[2-9]|2\\d|[١][٢-٩]|[٢][٠-٤]) ساعة|ساعات طويلة (?:دون|بلا|بدون) (?:راحة|أجر)|(?:دون|بلا|بدون) (?:يوم |أيام )?(?:راحة|إجازة)|طوال أيام الأسبوع',
    ],
    [
      'conditions',
      'ظروف (?:قاسية|مزرية|غير إنسانية|لا إنسانية|مهينة|صعبة للغاية|سيئة)|مقابل (?:الطعام|الأكل|المأوى)|مساكن (?:مكتظة|غير صالحة)',
    ],
  ],
  group: GROUP_AR,
  nationalityGroup: `(?:عمال|عاملات|عاملة|عامل|خادمات|الرجال|رجال|مهاجرين|لاجئين|اللاجئين|لاجئات) (?:ال)?\\S+(?:يين|يات|ية|ي)(?=\\s|$)|${ORIGIN_GROUP_AR}|${ONE_PERSON_AR}`,
  events: EVENTS_AR,
  statistics: [
    '\\d+(?:[.,]\\d+)? ?%|بالمئة|في المائة',
    'العام الماضي|لسنة \\d{4}|سنويا|خلال العام',
    'تقرير|إحصائي|أرقام|دراسة',
    '\\d+ (?:قضية|حالة)|ألف',
  ],
  workplace:
    'مشغل|ضيعة|معمل|سكن عمالي|مكتب|شركة|شركات|مصنع|مزرعة|المزارع|صاحب العمل|أصحاب العمل|أجر|أجور|راتب|منزل|ورشة|سفينة|مركب|قارب صيد|موقع بناء|ورش|مقاول|الكفيل',
  statisticsTitle: 'تقرير|دراسة|إحصائي|\\d+ قضية|حصيلة|خلال العام',
};
