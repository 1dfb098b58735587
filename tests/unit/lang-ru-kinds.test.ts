// Russian relevance by kind of sentence (issue #10): the vocabulary of labour slavery in its forms and word orders
// («документы забрали», «насильно удерживают», «содержание в рабстве», «заставляли бесплатно работать»), cases
// that are not raids (a case «выявлен», a complaint, an escape), «работорговля» as today's word, and stems that
// must not fire inside other words («перейдите» is no raid, «прораб» no slave). Invented sentences only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRelevance } from '../../extractors/relevance.js';
import type { Article } from '../../lib/types.js';

const article = (title: string, text: string): Article => ({
  url: null,
  canonicalUrl: null,
  title,
  byline: null,
  publishedAt: '2025-03-05',
  language: 'ru',
  text,
});

const INCIDENTS: [title: string, text: string][] = [
  // Documents taken in reversed word order, unpaid work told as «бесплатно», beatings, a complaint.
  [
    'Семья пожаловалась на рабское положение у фермера',
    'В Туркестанской области семья из Таджикистана пожаловалась на фермера, у которого полгода бесплатно пасла скот. Документы у супругов хозяин забрал, вместо зарплаты были побои. Звонить родным им не разрешали.',
  ],
  // Held against their will, present tense; a note from a ministry.
  [
    '',
    'МИД Таджикистана направил ноту по девяти гражданам, которых насильно удерживают на ферме в Ростовской области. Одному из мужчин удалось сбежать и рассказать, что их заставляли бесплатно работать по 14 часов.',
  ],
  // A case found (выявлен) by a trade union, people held as hostages by the employer.
  // A trial told by its people: the accused «на скамье подсудимых», «обвиняют», hearings begun.
  [
    'На скамье подсудимых — владелец теплиц',
    'В областном суде начались слушания по делу владельца теплиц. Его обвиняют в использовании рабского труда: он держал в неволе рабочих из Таджикистана и угрозами заставлял их бесплатно на себя работать.',
  ],
  // A couple from a country is a group.
  [
    'Супруги из Узбекистана сбежали с фермы',
    'Супруги из Узбекистана сбежали с фермы в Саратовской области, где хозяин полгода держал их в рабстве. Он отобрал у них паспорта и не платил ни копейки.',
  ],
  [
    'Случай содержания в рабстве выявлен в Подмосковье',
    'Профсоюз мигрантов выявил случай содержания в рабстве: 12 граждан Киргизии оказались в заложниках у работодателя, который отобрал у них паспорта. Активисты вызвали полицию.',
  ],
];
for (const [title, text] of INCIDENTS) {
  test(`ru incident: ${title || text.slice(0, 50)}`, () => {
    const r = judgeRelevance(article(title, text));
    assert.equal(r.label, 'incident', JSON.stringify(r));
  });
}

const RELATED: [title: string, text: string][] = [
  // «работорговля» about the topic today, no case: related, not a history piece.
  [
    'Работорговля уходит в интернет',
    'Эксперты говорят, что работорговля всё чаще начинается с объявлений в интернете. Вербовщики обещают высокую зарплату, а потом отбирают паспорта. Общественные проекты проверяют такие сайты и учат людей распознавать обман.',
  ],
  [
    'Как не попасть в трудовое рабство',
    'Правозащитники составили памятку для мигрантов: как проверить работодателя и что делать, если у вас забрали паспорт. По оценкам экспертов, жертвами трудового рабства ежегодно становятся тысячи человек.',
  ],
];
for (const [title, text] of RELATED) {
  test(`ru related: ${title}`, () =>
    assert.equal(
      judgeRelevance(article(title, text)).label,
      'related',
      JSON.stringify(judgeRelevance(article(title, text))),
    ));
}

const UNRELATED: [title: string, text: string][] = [
  // Short stems inside other words: «перейдите» (рейд), «прораб» (раб), «судьба» (суд).
  [
    'Прораб рассказал о своей судьбе',
    'Прораб стройки рассказал, как сложилась его судьба после переезда. Чтобы прочитать интервью, перейдите по ссылке.',
  ],
  // Work and money without exploitation.
  [
    'Строители закончили мост',
    'Строители закончили мост на неделю раньше срока. Работали бесплатно только волонтёры на празднике открытия.',
  ],
  // Consumer debt metaphor.
  [
    'Кредитное рабство: как выбраться из долгов',
    'Заёмщики микрофинансовых организаций попадают в долговое рабство: проценты растут каждый день. Коллекторы звонят по ночам.',
  ],
];
for (const [title, text] of UNRELATED) {
  test(`ru unrelated: ${title}`, () =>
    assert.equal(
      judgeRelevance(article(title, text)).label,
      'unrelated',
      JSON.stringify(judgeRelevance(article(title, text))),
    ));
}

// Wages withheld, told in more ways: pay put off again and again, "did not receive money for it" with words
// between, wages appropriated.
import { findIndicators } from '../../extractors/indicators.js';
const WAGES = [
  'Бригадир всё откладывал и откладывал день выплаты зарплаты.',
  'Полгода они клали плитку и не получали за эту работу денег.',
  'Хозяин теплицы обвиняется в присвоении их заработка.',
];
for (const s of WAGES) {
  test(`ru wages withheld: ${s}`, () =>
    assert.ok(
      findIndicators([s], 'ru').some((i) => i.id === 'withholding_of_wages'),
      JSON.stringify(findIndicators([s], 'ru')),
    ));
}
test('ru: postponing a holiday is no wage withheld', () =>
  assert.ok(
    !findIndicators(['Директор откладывал отпуск до осени.'], 'ru').some((i) => i.id === 'withholding_of_wages'),
  ));
