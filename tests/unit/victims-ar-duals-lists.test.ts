// Arabic victims' counts and nationalities by kind (fresh-page review, round 6): dual nouns that are a count of two by
// themselves ("عاملتين", "طفلين"), the number after the group ("العمال الثلاثة"), with a dual nisba ("عاملتين إثيوبيتين"); several nisbas listed after one
// الجنسية/الجنسيتين/الجنسيات ("من الجنسيتين الهندية والباكستانية"); demonyms with a broken plural ("العمال الهنود");
// and traps: the accused counted as a dual or named by a nationality, plurals that look like duals. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';
import { victimNationalities } from '../../extractors/demonyms.js';

const count = (sentence: string) => findVictims([{ text: sentence, index: 0 }], 'ar').count;

// [sentence, count wanted]
const COUNTS: [string, number][] = [
  ['أنقذت الشرطة عاملتين كانتا محتجزتين في شقة بالحي الشرقي.', 2],
  ['حررت فرقة الأمن طفلين يعملان في ورشة لإصلاح السيارات.', 2],
  ['تمكنت الدورية من تحرير خادمتين آسيويتين من منزل كفيلهما.', 2],
  ['عثرت السلطات على امرأتين تعملان دون أجر في مزرعة نخيل.', 2],
  // The number after the group, both with the article.
  ['روى العمال الأربعة للمحققين كيف صودرت جوازاتهم.', 4],
  ['حررت الشرطة العاملات الـ14 من المستودع.', 14],
];
// Duals that are the accused, and sound plurals that only look like duals.
const NO_COUNT: string[] = [
  'ألقت الشرطة القبض على شخصين بتهمة تشغيل العاملات دون أجر.',
  'تعمل الشركة مع العاملين في قطاع البناء منذ سنوات.',
  'أحالت النيابة المتهمين الثلاثة إلى المحكمة الجنائية.',
];
// [sentence, countries wanted]
const NATIONALITIES: [string, string[]][] = [
  ['أنقذت السلطات عاملتين كينيتين محتجزتين في منزل بالضاحية.', ['KE']],
  ['حررت الشرطة 35 عاملا من الجنسيتين الهندية والنيبالية كانوا محتجزين في مستودع.', ['IN', 'NP']],
  ['تحرير 60 عاملا من الجنسيات البنغالية والباكستانية، والسريلانكية في مزرعة.', ['BD', 'PK', 'LK']],
  ['أنقذت الشرطة عشرات العمال الهنود المحتجزين في مخيم للبناء.', ['IN']],
  ['ضبطت الوزارة عمالة نيبالية تعمل دون أجر في مصنع للطوب.', ['NP']],
];
const NO_NATIONALITY: string[] = [
  'ألقت الشرطة القبض على شخصين من الجنسيتين المصرية والسودانية بتهمة الاتجار بالبشر.',
  'القبض على 3 متهمين من الجنسية الهندية بتهمة احتجاز العمال.',
  // A nisba that is no country: nothing to give.
  'أنقذت الشرطة عاملتين آسيويتين من منزل كفيلهما.',
];

for (const [sentence, want] of COUNTS) test(`ar count ${want}: ${sentence}`, () => assert.equal(count(sentence), want));
for (const sentence of NO_COUNT) test(`ar no count: ${sentence}`, () => assert.equal(count(sentence), null));
for (const [sentence, want] of NATIONALITIES)
  test(`ar nationalities ${want}: ${sentence}`, () =>
    assert.deepEqual([...victimNationalities(sentence, 'ar')].sort(), [...want].sort()));
for (const sentence of NO_NATIONALITY)
  test(`ar no nationality: ${sentence}`, () => assert.deepEqual(victimNationalities(sentence, 'ar'), []));
