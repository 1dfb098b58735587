// Arabic pack: invented reports (Gulf and Levant forms: Arabic-Indic digits, nisba adjectives, "من X", Levantine
// month names) and its traps (slavery to phones, a politician forced to resign, sexual exploitation only, yearly
// totals). Written for these tests, never copied from articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTable, type Case } from './lang-romance-table.js';
import { countsAr } from '../../extractors/lang/ar/victims.js';
import { nationalitiesAr } from '../../extractors/lang/ar/nationalities.js';

const CASES: Case[] = [
  {
    name: 'domestic workers freed, Arabic-Indic digits, passports held',
    title: 'تحرير ١٥ عاملة منزلية من مكتب استقدام في الرياض',
    text: 'داهمت الشرطة مكتب استقدام في الرياض وحررت ١٥ عاملة منزلية من الفلبين وإثيوبيا. وكان صاحب المكتب يحتجز جوازات سفرهن ويمنعهن من الخروج، ولم تتلق العاملات أي أجر منذ أشهر. وأحيل المتهم إلى النيابة بتهمة الاتجار بالأشخاص.',
    published: '2024-03-08',
    label: 'incident',
    count: 15,
    nationalities: ['PH', 'ET'],
    country: 'SA',
    indicators: ['retention_of_identity_documents', 'withholding_of_wages'],
  },
  {
    name: 'construction workers, nisba adjective',
    title: 'عمال نيباليون ضحايا العمل القسري في قطر',
    text: 'كشف تحقيق أن 40 عاملا نيباليا في قطر عملوا لساعات طويلة دون أجر لمدة ستة أشهر. وقال عامل نيبالي إن الشركة صادرت جوازات سفرهم وهددتهم بالترحيل. وتحقق السلطات في القضية.',
    published: '2024-03-08',
    label: 'incident',
    count: 40,
    country: 'QA',
    indicators: [
      'excessive_overtime',
      'withholding_of_wages',
      'retention_of_identity_documents',
      'intimidation_and_threats',
    ],
  },
];

const TRAPS: Case[] = [
  {
    name: 'slavery to the smartphone',
    title: 'عبودية الهاتف',
    text: 'أصبح الهاتف المحمول سيدا يتحكم في وقتنا. إنها عبودية جديدة لا تحتاج إلى أغلال، بل إلى إشعارات وشاشة مضيئة.',
    label: 'unrelated',
  },
  {
    name: 'a minister forced to resign',
    title: 'الوزير أجبر على الاستقالة',
    text: 'أجبر وزير العمل على الاستقالة بعد فضيحة سياسية. وطالب النواب بتحقيق في القضية.',
    label: 'unrelated',
  },
  {
    name: 'yearly totals',
    title: 'وزارة الداخلية: 200 قضية اتجار بالبشر العام الماضي',
    text: 'أحالت وزارة الداخلية خلال العام الماضي 200 قضية متعلقة بالاتجار بالبشر إلى القضاء، وفق تقرير سنوي. وأشار التقرير إلى ارتفاع عدد القضايا مقارنة بالعام السابق.',
    label: 'related',
  },
];

runTable('ar', [...CASES, ...TRAPS]);

test('ar: Arabic-Indic digits are counts', () => {
  assert.ok(countsAr('حررت الشرطة ٢٨ عاملة منزلية.', 1).some((c) => c.count === 28));
});

test('ar: nisba and "من X"', () => {
  assert.deepEqual(nationalitiesAr('عامل كيني قال إنه عمل دون أجر'), ['KE']);
  assert.deepEqual(nationalitiesAr('وصلت العاملة من الكاميرون إلى لبنان'), ['CM']);
});
