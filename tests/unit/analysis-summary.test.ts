// Tables for the incident summary: the lead sentence that tells the event to its victims somewhere is chosen over
// law citations, quotes, background and attributions; wire datelines are removed; at most two sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSummary, leadScore, sentenceTraits, stripDateline } from '../../extractors/summary.js';
import { scoreSentences } from '../../extractors/relevance.js';
import { splitSentences } from '../../extractors/sentences.js';

const summaryOf = (text: string, lang: 'en' | 'ru') => {
  const sentences = splitSentences(text);
  return chooseSummary(sentences, scoreSentences(sentences, lang), lang);
};

const DATELINES: [string, string][] = [
  [
    'DUBAI, Nov 4 (Global Wire) - More than 40 workers were stranded in a camp.',
    'More than 40 workers were stranded in a camp.',
  ],
  [
    'PATTANI, Thailand, Nov 23 (Global Wire) - Officers rescued 24 fishermen from a trawler.',
    'Officers rescued 24 fishermen from a trawler.',
  ],
  [
    'BISHKEK — A district court sentenced the owner of a workshop to eight years.',
    'A district court sentenced the owner of a workshop to eight years.',
  ],
  [
    'МОСКВА, 5 ноября — Полиция освободила 12 мигрантов из подвала магазина.',
    'Полиция освободила 12 мигрантов из подвала магазина.',
  ],
  [
    'KATHMANDU, Sept 11: Police rescued 30 women from a carpet factory.',
    'Police rescued 30 women from a carpet factory.',
  ],
];

test('a leading wire dateline is removed', () => {
  for (const [input, want] of DATELINES) assert.equal(stripDateline(input), want, input);
});

const DATELINE_FALSE_POSITIVES = [
  'ILO: 28 million people are in forced labour worldwide, the agency says.',
  'The police - who arrived at dawn - freed 12 workers.',
  'A court in Dhaka sentenced two men to ten years.',
  'Полиция Москвы — вместе с волонтёрами — освободила 12 человек.',
  'DUBAI - ', // a dateline with nothing after it stays as it is
];

test('openings that are not datelines are kept', () => {
  for (const s of DATELINE_FALSE_POSITIVES) assert.equal(stripDateline(s), s, s);
});

// [sentence, lang, is it fit to lead a summary]
const LEADS: [string, 'en' | 'ru', boolean][] = [
  ['Police freed 14 Uzbek nationals from an onion farm on Monday.', 'en', true],
  ['Officers rescued 24 fishermen from a trawler off Pattani.', 'en', true],
  ['More than 40 construction workers have been stranded without wages in a labour camp.', 'en', true],
  ['В Балашихе полиция освободила 11 трудовых мигрантов, которых удерживали в подвале.', 'ru', true],
  ['Сотрудники полиции изъяли паспорта у 20 рабочих и задержали владельца цеха.', 'ru', true],
  // False positives: law citations, quotes, background, attributions.
  ['Возбуждено уголовное дело по статье 127.2 УК РФ («Использование рабского труда»).', 'ru', false],
  ['Правозащитники настаивают на квалификации по статье 127.2 УК РФ.', 'ru', false],
  ['The owner was charged under Section 370 of the penal code.', 'en', false],
  ['"We will not allow Cambodia to be used for these crimes," he said.', 'en', false],
  ['«Нас посадили в машину, а проснулись мы уже на заводе», — рассказал один из мужчин.', 'ru', false],
  ['Rights groups say tens of thousands of people have been trafficked into scam centres since 2021.', 'en', false],
  ['Об этом во вторник сообщили в пресс-службе областного управления МВД.', 'ru', false],
];

test('lead sentences carry an event and victims; citations, quotes and background do not lead', () => {
  for (const [s, lang, fit] of LEADS) {
    const score = leadScore(sentenceTraits(s, lang));
    assert.equal(score >= 3, fit, `${s} → ${score}`);
  }
});

const ARTICLES: [string, 'en' | 'ru', string][] = [
  // The dek and the citation lose to the lead; the group detail that follows is the second sentence.
  [
    'Граждан годами заставляли работать по 18 часов в сутки.\n\nВ Балашихе полиция освободила 11 трудовых мигрантов, которых удерживали в подвале магазина. Об этом сообщили в пресс-службе МВД.\n\nСреди освобождённых — семь граждан Казахстана. Возбуждено уголовное дело по статье 127.2 УК РФ.',
    'ru',
    'В Балашихе полиция освободила 11 трудовых мигрантов, которых удерживали в подвале магазина. Среди освобождённых — семь граждан Казахстана.',
  ],
  [
    'PHNOM PENH, Nov 6 (Global Wire) - Cambodian police freed 64 foreign nationals from a compound in Sihanoukville on Thursday.\n\n"They told us we had been bought," said a woman. They were flown to Bangkok and handed over to armed men who took their passports.',
    'en',
    'Cambodian police freed 64 foreign nationals from a compound in Sihanoukville on Thursday.',
  ],
];

test('the summary is the lead that tells the case, without dateline', () => {
  for (const [text, lang, want] of ARTICLES) assert.equal(summaryOf(text, lang), want);
});

test('a summary keeps to about 350 characters', () => {
  const long = `Police freed 30 workers from a brick kiln near Lahore, ${'where they had been kept for months without pay and beaten, '.repeat(8)}officials said.`;
  const got = summaryOf(long, 'en');
  assert.ok(got.length <= 371 && got.endsWith('…'), got);
  assert.ok(got.startsWith('Police freed 30 workers'));
});
