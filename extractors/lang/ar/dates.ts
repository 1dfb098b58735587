// Arabic date reading: chrono's Arabic parser (it reads both month sets, "24 أبريل 2024" and the Levantine
// "24 نيسان 2019"), verbs of saying, vague spans, and the verbs of events an incident is dated by. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';

const cue = (list: string[], weight: number) => ({ pattern: new RegExp(list.join('|'), 'u'), weight });

export const DATES_AR: DatePack = {
  parser: chrono.ar.casual,
  rewrites: [],
  speech: /(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|ذكر|ذكرت|أشار|أشارت)[^.،]{0,20}$/u,
  reported: /(?:أن|إن)/u,
  // "ستعقد المحكمة جلستها في 20 أبريل", "الأسبوع المقبل": a hearing or a plan to come.
  future: /(?:سوف|ستعقد|سيتم|ستنظر|ستبدأ|سيمثل|ستصدر|سيصدر|المقبل|القادم|المقرر|مقرر)/u,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay: /(?:في اليوم نفسه|في نفس اليوم|في ذات اليوم|في اليوم ذاته)/u,
  dayWords: /أمس|اليوم|البارحة/u,
  // "الماضي" (last) alone is no vague span: "يوم الثلاثاء الماضي" is last Tuesday, "الأسبوع الماضي" stays vague.
  vague: /أسبوع|شهر|الشهر|العام|سنة|مؤخرا/u,
  events: [
    cue(
      [
        'تحرير',
        'حررت',
        'حرروا',
        'أنقذت',
        'انقذت',
        'أفرجت',
        'عثرت',
        'إنقاذ',
        'انقاذ',
        'ضبط',
        'مداهمة',
        'داهم',
        'تدخلت',
        'وقفت على',
        'الإطاحة',
      ],
      3,
    ),
    cue(['القبض', 'اعتقال', 'احتجاز'], 2),
    cue(['إحالة', 'أحال', 'تحقيق'], 1.5),
    cue(['محاكمة', 'أدين', 'إدانة', 'حكم'], 1.2),
  ],
};
