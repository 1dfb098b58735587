// Arabic victims' counts and nationalities by kind of sentence (fresh-page review, round 5): nouns written with
// tanween ("شخصًا"), a nisba counted as a noun ("32 مصريا", "80 مصريا و30 سودانيا"), a country's own citizens told
// partitively ("300 من مواطنيها", "12 من العمال"), a number told after the group ("البالغ عددهن ستة عشر"), and traps:
// the accused counted after their role ("المتهمين فيها (مواطن و3 مصريين)"), money, years. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';
import { victimNationalities } from '../../extractors/demonyms.js';

const count = (sentence: string) => findVictims([{ text: sentence, index: 0 }], 'ar').count;

// [sentence, count wanted]
const COUNTS: [string, number][] = [
  ['تمكنت عناصر الدرك من تحرير 19 شخصًا كانوا محتجزين في ضيعة فلاحية.', 19],
  ['أنقذت الشرطة ١٢ عاملًا من مصنع للطوب.', 12],
  ['كفيل يحتجز 32 مصريا ويمنع عنهم الطعام.', 32],
  ['حررت الأجهزة الأمنية 45 مهاجرا بينهم 30 سودانيا.', 45],
  ['أكدت الخارجية احتجاز 300 من مواطنيها في أحد مراكز الإيواء.', 300],
  ['تم تحرير 12 من العمال المحتجزين في المزرعة.', 12],
  ['تحرير العاملات البالغ عددهن ستة عشر عاملة والتحفظ عليهن.', 16],
  ['داهمت الشرطة الورشة وحررت العمال البالغ عددهم 27 عاملا.', 27],
  ['أنقذت السلطات خمسة وعشرين عاملًا آسيويًا من مزرعة.', 25],
  ['تم إنقاذ ثلاثة سودانيين كانوا يعملون دون أجر.', 3],
];
// Sentences with a number that is no count of victims.
const NO_COUNT: string[] = [
  'بعد أن واجهت المتهمين فيها (مواطن و3 مصريين) بالتهم المنسوبة إليهم.',
  'ألقت الشرطة القبض على 4 أشخاص بتهمة الاتجار بالبشر.',
  'دفع كل عامل 500 دولار للوسيط مقابل التأشيرة.',
  'عمل الضحايا لمدة 6 أشهر دون أجر في المزرعة.',
  'قضت المحكمة بسجن المتهم 3 سنوات.',
];
// [sentence, countries wanted]
const NATIONALITIES: [string, string[]][] = [
  ['وذكر البيان أن المهاجرين المحررين بينهم 80 مصريا و30 سودانيا.', ['EG', 'SD']],
  ['كفيل يحتجز 32 مصريا ويمنع عنهم الطعام والشراب.', ['EG']],
  ['أنقذت الشرطة لاجئين سوريين أجبرتهم عصابة على العبودية.', ['SY']],
  ['تم تحرير 14 عاملًا هنديًا من مزرعة.', ['IN']],
];
const NO_NATIONALITY: string[] = [
  'بعد أن واجهت المتهمين فيها (مواطن و3 مصريين) بالتهم المنسوبة إليهم.',
  'ألقت الشرطة القبض على مواطنا مصريا بتهمة احتجاز العمال.',
];

for (const [sentence, want] of COUNTS) test(`ar count ${want}: ${sentence}`, () => assert.equal(count(sentence), want));
for (const sentence of NO_COUNT) test(`ar no count: ${sentence}`, () => assert.equal(count(sentence), null));
for (const [sentence, want] of NATIONALITIES)
  test(`ar nationalities ${want}: ${sentence}`, () =>
    assert.deepEqual([...victimNationalities(sentence, 'ar')].sort(), [...want].sort()));
for (const sentence of NO_NATIONALITY)
  test(`ar no nationality: ${sentence}`, () => assert.deepEqual(victimNationalities(sentence, 'ar'), []));
