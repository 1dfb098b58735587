// Russian perpetrators by kind of sentence (fresh real-news misses, round 5): a surname alone after a role and its
// object («хозяина кирпичного завода Раджабова»), a family named by its plural surname («отец и сын Степаняны»);
// an administrative unit written like a name is no person («Республика Дагестан»); victims and activists named in
// full are never accused. Invented sentences; rules only (no NER).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accusedIn } from './accused-rows.js';

// Names compare as the evaluation does: a shared start with a short ending apart (Раджабова ~ Раджабов).
const stemEq = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 3 && i >= Math.max(a.length, b.length) - 2;
};

const accused = (text: string) => accusedIn('ru', text);

// [text, accused wanted, names never accused]
const PERPETRATORS: [string, string[], string[]][] = [
  ['Полиция задержала хозяина кирпичного завода Гаджиева, у которого работали пятеро пленников.', ['Гаджиев'], []],
  ['Владельца подпольного цеха Курбанова обвиняют в использовании рабского труда.', ['Курбанов'], []],
  ['Директор фирмы Семенов задержан по подозрению в удержании мигрантов.', ['Семенов'], []],
  ['Суд приговорил фермера Алиева к четырём годам колонии.', ['Алиев'], []],
  ['Работодатель Кадыров отобрал у рабочих паспорта, возбуждено уголовное дело.', ['Кадыров'], []],
  ['Фермеры — отец и сын Магомедовы — осуждены за использование рабского труда.', ['Магомедовы'], []],
  ['Супруги Петренко задержаны: они держали в рабстве двух работниц.', ['Петренко'], []],
  ['Братья Исаевы обвиняются в том, что удерживали на ферме семерых мужчин.', ['Исаевы'], []],
  ['Подозреваемый Мамедов задержан в Дербенте.', ['Мамедов'], []],
  ['Главу крестьянского хозяйства Быкова осудили за рабский труд.', ['Быков'], []],
  // traps: officials quoted about the case, the region, a town after a preposition, the freed workers, an activist
  ['Как сообщил руководитель следственного отдела Андрей Смирнов, фермер задержан.', [], ['Андрей Смирнов']],
  ['Начальник полиции района Сергей Волков рассказал, что владелец цеха задержан.', [], ['Сергей Волков']],
  ['Владелец кафе в Кирове задержан за использование труда мигрантов.', [], ['Киров']],
  ['Задержан фермер из Саратова, удерживавший работников.', [], ['Саратов']],
  [
    'В Республике Дагестан из рабства освобождены Иван Смирнов и Олег Кузнецов.',
    [],
    ['Иван Смирнов', 'Олег Кузнецов', 'Республика'],
  ],
  ['Республика Дагестан остаётся регионом, где задерживают владельцев кирпичных заводов.', [], ['Республика Дагестан']],
  ['Активист движения «Альтернатива» Закир Гасанов рассказал, как освобождали рабочих.', [], ['Закир Гасанов']],
];

test('perpetrators (ru): a surname alone after a role, a family by its plural surname; never a region or a victim', () => {
  const failures: string[] = [];
  for (const [text, want, not] of PERPETRATORS) {
    const got = accused(text);
    for (const w of want) if (!got.some((g) => stemEq(g, w))) failures.push(`missing ${w} in [${got}] | ${text}`);
    for (const n of not) if (got.some((g) => g.includes(n) || n.includes(g))) failures.push(`${n} accused | ${text}`);
  }
  assert.deepEqual(failures, []);
});
