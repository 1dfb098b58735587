// Arabic perpetrators and businesses by kind of sentence (fresh real-news misses, round 5). Arabic writes no
// capitals: a person is read after a role or a verb of naming — the sponsor, the accused, the owner, the employer —
// quoted ("كفيله «…»", "يدعى «…»") or opening with a known given name ("الكفيلة مي سعادة"), roles one after another
// and a demonym between ("مالكها السعودي «…»"); lawyers, ministers and workers are never accused. Businesses: a name
// in brackets after a company noun, firms listed by what they make ("A لصناعة الأحذية"), and no name from "شركة
// ومالكها" (its owner), "شركة للأمن" (the trade alone) or "شركة صينية" (an adjective). Invented sentences, rules only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBusinessesIn } from '../../extractors/entities/businesses.js';
import { languagePack } from '../../extractors/lang/index.js';
import { accusedIn } from './accused-rows.js';

const accused = (text: string) => accusedIn('ar', text);

// [text, accused wanted, names never accused]
const PERPETRATORS: [string, string[], string[]][] = [
  ['مثلت المتهمة الكفيلة سلمى حداد أمام المحكمة بتهمة احتجاز عاملتها.', ['سلمى حداد'], []],
  ['احتفظ كفيله "سعود المطيري" بجواز سفره ورفض دفع راتبه.', ['سعود المطيري'], []],
  ['هددهم الكفيل الذي يدعى «ناصر عبدالله الحربي» بالسجن إذا طالبوا بأجورهم.', ['ناصر عبدالله الحربي'], []],
  ['داهمت الشرطة المكتب وألقت القبض على مالكها الكويتي "فهد العنزي" بتهمة الاتجار بالبشر.', ['فهد العنزي'], []],
  ['أحالت النيابة صاحب العمل خالد الشمري إلى المحكمة لحجزه جوازات العمال.', ['خالد الشمري'], []],
  ['قضت المحكمة بسجن المتهم عبدالرحمن القحطاني ثلاث سنوات بتهمة العمل القسري.', ['عبدالرحمن القحطاني'], []],
  ['وجهت النيابة إلى صاحب المزرعة يوسف الدوسري تهمة تشغيل عمال دون أجر.', ['يوسف الدوسري'], []],
  ['اعتقلت الشرطة المدعو «أبو سالم» بتهمة استغلال عاملات منزليات.', ['أبو سالم'], []],
  ['حضرت المدعى عليها الكفيلة ليلى منصور الجلسةَ الأولى دون محام.', ['ليلى منصور'], []],
  ['اتهمت العاملات صاحب المصنع ماجد الزهراني بحرمانهن من الرواتب.', ['ماجد الزهراني'], []],
  // traps: the lawyer, the minister and the worker are no accused; a role before a verb is no name
  ['وقال المحامي سامي الخطيب إن المتهم احتجز العمال في مزرعة.', [], ['سامي الخطيب']],
  ['أعلن الوزير أنس الصالح القبض على صاحب الشركة بتهمة الاتجار بالبشر.', [], ['أنس الصالح']],
  ['قالت العاملة مريم تيسفاي إن الكفيل قام بتهديدها بالسجن.', [], ['مريم تيسفاي', 'قام بتهديدها']],
  ['الكفيل ينتمي لأسرة معروفة وصاحب العمل رفض دفع المستحقات.', [], ['ينتمي', 'رفض دفع']],
];

test('perpetrators (ar): names after roles and verbs of naming, quoted or opening with a given name', () => {
  const failures: string[] = [];
  for (const [text, want, not] of PERPETRATORS) {
    const got = accused(text);
    for (const w of want) if (!got.includes(w)) failures.push(`missing ${w} in [${got}] | ${text}`);
    for (const n of not) if (got.some((g) => g.includes(n) || n.includes(g))) failures.push(`${n} accused | ${text}`);
  }
  assert.deepEqual(failures, []);
});

// [text, businesses wanted (exact names)]
const BUSINESSES: [string, string[]][] = [
  ['ضبطت الجمارك شحنة مصدرها شركة (هيفانغ تكستايل) للملابس.', ['هيفانغ تكستايل']],
  ['لم يتقاض عمال شركة (غلف ستار) رواتبهم منذ أشهر.', ['غلف ستار']],
  [
    'أدرجت الوزارة ثلاث شركات هي: تشانغتشو ساني لصناعة الأحذية وهونان ليدا لصناعة الأغذية.',
    ['تشانغتشو ساني', 'هونان ليدا'],
  ],
  ['تم ضبط شركة ومالكها بتهمة الاتجار بالإقامات.', []],
  ['يملك الضابط و5 آخرون شركة للأمن والحراسة.', []],
  ['حظرت الولايات المتحدة الواردات من 12 شركة صينية بسبب العمل القسري.', []],
];

test('businesses (ar): bracketed names, firms listed by what they make; no name from a clause, a trade or an adjective', () => {
  for (const [text, want] of BUSINESSES)
    assert.deepEqual(
      findBusinessesIn(text, 0, languagePack('ar').entities).map((b) => b.name),
      want,
      text,
    );
});
