// False positives: trap sentences whose words look like forced labour (party politics, databases, history,
// sport, culture, ordinary labour disputes) must be judged unrelated and must support no ILO indicator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRelevance } from '../../extractors/relevance.js';
import { findIndicators } from '../../extractors/indicators.js';
import { analyseArticle } from '../../extractors/analyse.js';
import type { Article } from '../../lib/types.js';

const article = (title: string, text: string, language = 'en'): Article => ({
  url: null,
  canonicalUrl: null,
  title,
  byline: null,
  publishedAt: '2025-03-05',
  language,
  text,
});

const UNRELATED: [title: string, text: string, language?: string][] = [
  [
    'Labour forces vote on budget',
    'Labour forced a vote on the budget amendment last night. The Labour leader said the government had been forced into a U-turn. Labour MPs forced the Speaker to allow an urgent question.',
  ],
  [
    'Configuring replication',
    'Set up a master/slave replication between two database servers. The slave database follows the master. If the master fails, promote the slave replica and repoint the slave server clients.',
  ],
  [
    'Abolition anniversary',
    'The museum marks the abolition of slavery in 1833. Abolitionists such as Wilberforce campaigned against the transatlantic slave trade for decades. The exhibition shows the chains of slave ships.',
  ],
  [
    'Striker forced off',
    'The striker was forced off with a hamstring injury after twenty minutes. The coach, a slave to the press, said the team was forced to defend for the rest of the match. They forced a draw late on.',
  ],
  [
    'Film review: a drama of bondage',
    '"The Cane Fields" review: a devastating film about slavery in 1850s Louisiana. The director shows enslaved people escaping to Canada. It is released in cinemas on Friday.',
  ],
  [
    'Warehouse overtime row',
    'Workers at a warehouse say they are being forced to work overtime in the Christmas rush, the union said. The company said overtime was paid at time and a half.',
  ],
  [
    'Pottery firm collapses',
    'The 200-year-old pottery firm was forced into administration. Staff were not paid for December and unpaid wages can be claimed from the government.',
  ],
  [
    'Drug ring smashed',
    'Police arrested 12 people suspected of drug trafficking on Monday. Officers seized cocaine worth £2m. The gang was trafficking drugs across the county, detectives said.',
  ],
  ['Наркотрафик', 'Полиция задержала пятерых участников наркотрафика. Возбуждено уголовное дело.', 'ru'],
  [
    'Strike at factory over pay',
    'Workers at the car factory walked out on Tuesday over unpaid bonuses. The union said staff had been forced to work long hours without a pay rise.',
  ],
  [
    'Man jailed for people smuggling',
    'A man who smuggled 30 migrants across the Channel in a small boat was jailed for six years on Friday. The migrants paid £3,000 each, the court heard.',
  ],
  ['Weather', 'Heavy rain is expected across the north on Monday. Police warned drivers to slow down.'],
  ['Рабочий график', 'Депутаты обсудили новый график работы. Сервер ведущий-ведомый настроен.', 'ru'],
  [
    'Выставка о крепостном праве',
    'В музее открылась выставка об отмене крепостного права в XIX веке. Посетители увидят документы о работорговле XVIII века.',
    'ru',
  ],
];

for (const [title, text, language] of UNRELATED) {
  test(`unrelated: ${title}`, () => {
    const a = article(title, text, language);
    assert.equal(judgeRelevance(a).label, 'unrelated');
    assert.deepEqual(analyseArticle(a).incidents, []);
  });
}

const NO_INDICATOR: string[] = [
  'Labour forced a vote on the budget amendment last night.',
  'Set up a master/slave replication between two database servers.',
  'The coach said he was a slave to the press.',
  'The striker was forced off with a hamstring injury.',
  'Police found no sign of violence at the farm.',
  'The company denied withholding wages.',
  'The minister said new rules on working hours would come into force in May.',
];

for (const s of NO_INDICATOR) {
  test(`no indicator: ${s}`, () => assert.deepEqual(findIndicators([s], 'en'), []));
}

test('related, not incident: statistics and law', () => {
  const a = article(
    'Modern slavery affects 50 million people, UN says',
    'Some 50 million people were living in modern slavery in 2021, the report estimates. Forced labour accounts for 28 million of them worldwide. Governments should strengthen laws, the ILO said.',
  );
  assert.equal(judgeRelevance(a).label, 'related');
  assert.deepEqual(analyseArticle(a).incidents, []);
});
