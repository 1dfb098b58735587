// Victims' nationalities and minors: synthetic sentences written for these rules (victim-group clauses,
// owners' and authorities' countries, ages under 18), with a table of false positives for each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';
import { victimNationalities } from '../../extractors/demonyms.js';

const s = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

const NATIONALITIES: [sentence: string, lang: string, want: string[]][] = [
  ['Police freed 40 workers; the rest were Ukrainians.', 'en', ['UA']],
  ['Of the 30 labourers rescued, 12 were Brazilians.', 'en', ['BR']],
  ['Eight people were rescued, five of them Nepalese.', 'en', ['NP']],
  ['Of the victims, most were Cambodians and the others were Vietnamese.', 'en', ['KH', 'VN']],
  ['Освобождены 20 человек, из них 12 — граждане Узбекистана.', 'ru', ['UZ']],
  ['Освобождены 9 рабочих, остальные — граждане Таджикистана.', 'ru', ['TJ']],
  ['Полиция Казахстана освободила 14 граждан Узбекистана.', 'ru', ['UZ']],
  ['Workers from Kyrgyzstan were freed by Kazakh police.', 'en', ['KG']],
  ['Мужчины, граждане Узбекистана, удерживались на ферме.', 'ru', ['UZ']],
];
// Nationalities that belong to owners, hosts, employers, single suspects, or the authorities acting in the case.
const NATIONALITY_FALSE_POSITIVES: [sentence: string, lang: string][] = [
  ['Хозяйка дома, гражданка Турции, удерживала работников.', 'ru'],
  ['Владелец фермы — гражданин Турции, он заставлял рабочих трудиться бесплатно.', 'ru'],
  ['Задержан гражданин Турции, который удерживал рабочих.', 'ru'],
  ['A Turkish national, the employer, was arrested after the workers were freed.', 'en'],
  ['The employer, a Turkish national, forced the workers to stay.', 'en'],
  ['Kazakh police rescued 14 migrant workers.', 'en'],
  ['The workers were freed; the case falls under the Kazakh criminal code.', 'en'],
  ['Казахстанская полиция освободила 14 рабочих.', 'ru'],
  ['Дело возбуждено по статье Уголовного кодекса Казахстана, освобождены 5 рабочих.', 'ru'],
  ['Сотрудники МВД Казахстана освободили рабочих.', 'ru'],
  ['Two Ghanaians who ran the farm were arrested, while the workers were freed.', 'en'],
  ['The trafficker paid them Chinese yuan after the workers were freed.', 'en'],
  ['The workers were held; all Thai fishing boats were inspected.', 'en'],
];

for (const [sentence, lang, want] of NATIONALITIES) {
  test(`nationalities: ${sentence}`, () => {
    assert.deepEqual([...victimNationalities(sentence, lang)].sort(), [...want].sort());
  });
}
for (const [sentence, lang] of NATIONALITY_FALSE_POSITIVES) {
  test(`nationalities, not victims: ${sentence}`, () => {
    assert.deepEqual(victimNationalities(sentence, lang), []);
  });
}

const MINORS: [sentences: string[], lang: string, want: number][] = [
  [['Police rescued 12 men from the farm.', 'Two of the men are 17 years old.'], 'en', 2],
  [['Nine workers were freed, a 16-year-old boy among them.'], 'en', 1],
  [['Officers freed two 16-year-old boys and five adults from the kiln.'], 'en', 2],
  [['Eleven labourers were rescued; one of them was 15.'], 'en', 1],
  [['Освобождены пять человек, среди них подросток 16 лет.'], 'ru', 1],
  [['Полиция освободила 15-летнего подростка и трех мужчин.'], 'ru', 1],
  [['Освобождены шесть человек, в том числе двое несовершеннолетних.'], 'ru', 2],
  [['На ферме удерживались восемь человек, двое из них — 17 лет.'], 'ru', 2],
  [['Police rescued 14 workers; the youngest was 15.'], 'en', 1],
  [['Освобождены 14 рабочих, самому младшему — 15 лет.'], 'ru', 1],
];
// Ages of suspects, of the owner's family, and of adults: no minors.
const MINOR_FALSE_POSITIVES: [sentences: string[], lang: string][] = [
  [['The 17-year-old son of the farmer was arrested.', 'Police freed 10 workers.'], 'en'],
  [['Police freed 10 workers.', 'A 16-year-old boy who guarded them was detained.'], 'en'],
  [['Police freed 10 workers.', 'Two of the men are 19 years old.'], 'en'],
  [['Police freed 10 workers who had worked there for 16 years.'], 'en'],
  [['Police rescued 14 workers; the youngest was 19.'], 'en'],
  [['Задержан 16-летний сын владельца.', 'Освобождены 10 рабочих.'], 'ru'],
  [['Освобождены 10 рабочих.', 'Охранник, 17-летний парень, задержан полицией.'], 'ru'],
  [['Освобождены 10 рабочих, которые провели на ферме 15 лет.'], 'ru'],
];

for (const [sentences, lang, want] of MINORS) {
  test(`minors: ${sentences.join(' ')}`, () => {
    assert.equal(findVictims(s(...sentences), lang).minors, want);
  });
}
for (const [sentences, lang] of MINOR_FALSE_POSITIVES) {
  test(`minors, none: ${sentences.join(' ')}`, () => {
    assert.equal(findVictims(s(...sentences), lang).minors, null);
  });
}
