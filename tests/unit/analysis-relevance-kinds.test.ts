// Relevance by kind of report: cases come in more shapes than raids (rulings and sentencings, customs orders and
// import bans against a named supplier, labour-inspection findings, complaints to an embassy or ombudsman, people
// returned home, trials); aggregates (an operation's totals across countries, a yearly report) are related;
// metaphors are unrelated. Short invented articles; each label carries its reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRelevance } from '../../extractors/relevance.js';
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

const INCIDENTS: [title: string, text: string, language?: string][] = [
  // A sentencing.
  [
    'Couple jailed for forced labour of three men',
    'A couple who kept three homeless men in forced labour on their farm were jailed for six years on Friday. The men had worked without pay for a decade and slept in a stable, the court heard.',
  ],
  // A customs order against a named supplier.
  [
    'Customs blocks gloves from Malaysian maker',
    'Customs issued a withhold release order against Kinta Jaya Sdn Bhd on Tuesday after finding indicators of forced labour. Migrant workers at its factories had paid recruitment fees and had their passports withheld.',
  ],
  // A labour-inspection finding.
  [
    'Inspectors find 31 workers in slave-like conditions at ranch',
    'Labour inspectors found 31 workers living in conditions analogous to slavery at a cattle ranch. The workers slept under plastic sheets and drank water from a pond.',
  ],
  // A trial.
  [
    'Trial opens over enslaved fishermen',
    'The trial of a boat owner accused of trafficking 12 fishermen for forced labour opened on Monday. The men said they were beaten and not allowed to leave the boat for months.',
  ],
  // Russian: people returned home after a complaint to the embassy.
  [
    'Трудовое рабство',
    'Четверо граждан Кыргызстана обратились в посольство с просьбой помочь им вернуться на родину. У них отобрали паспорта и заставляли работать на стройке без оплаты.',
    'ru',
  ],
  // Exploitation told only as behaviour, without the legal words: phones taken, long shifts, squalid housing.
  [
    'Raid on packing plant frees Moldovan workers',
    'Inspectors backed by police found 40 Moldovan workers living in squalid conditions at a packing plant on Tuesday. Their phones had been taken away and they worked shifts of up to 15 hours.',
  ],
  // The same with debt and escorted movement, and the owner facing charges.
  [
    'Owner of mushroom farm faces charges',
    'Court papers describe how 22 Romanian labourers were held at a mushroom farm until police arrived. They had paid recruiters thousands and were told the debt had grown, so they could never leave; they were allowed out only under escort.',
  ],
  // Russian: a trial.
  [
    'Во Вроцлаве судят женщину за рабский труд украинцев',
    'Во Вроцлаве судят гражданку Польши, которая отбирала паспорта у украинских рабочих. Им не платили за работу и штрафовали.',
    'ru',
  ],
  // Russian: people freed, told in the lead only.
  [
    '',
    'Шестеро граждан Узбекистана были освобождены из рабства на кошаре в селе. Хозяин отобрал у них паспорта.',
    'ru',
  ],
];
for (const [title, text, language] of INCIDENTS) {
  test(`incident: ${title || text.slice(0, 50)}`, () => {
    const r = judgeRelevance(article(title, text, language));
    assert.equal(r.label, 'incident', JSON.stringify(r));
    assert.ok(r.reasons?.length, 'the label carries its reasons');
  });
}

const RELATED: [title: string, text: string, language?: string][] = [
  // A yearly report.
  [
    'Forced labour cases rose in 2024, report finds',
    'The number of forced labour cases reported rose by 12 per cent in 2024, according to the annual report. Most victims were found in agriculture and construction across 14 regions.',
  ],
  // Opinion on a law.
  [
    'The forced labour ban needs teeth',
    'The new forced labour regulation will ban products made with forced labour. Lawmakers should make sure that the evidence rules protect workers.',
  ],
  // A column that declares its genre and recalls cases as examples.
  [
    'Opinion: why freed workers rarely testify',
    'Every few weeks police free workers held on a farm or in a basement shop, and readers ask why they did not leave. Their passports were taken, their wages withheld, and they were told they owed money for the journey. The law should protect victims from deportation while a case is investigated.',
  ],
  [
    'Мнение: почему пострадавшие от трудового рабства молчат',
    'Каждый раз, когда полиция освобождает рабочих с кирпичного завода, читатели спрашивают, почему они не ушли. У них отбирали паспорта и не платили зарплату. Закон должен защищать пострадавших от выдворения.',
    'ru',
  ],
];
for (const [title, text, language] of RELATED) {
  test(`related: ${title}`, () => assert.equal(judgeRelevance(article(title, text, language)).label, 'related'));
}

const UNRELATED: [title: string, text: string, language?: string][] = [
  // A mine rescue is workers and an event, but no exploitation.
  [
    'Miners rescued after collapse',
    'Twelve miners were rescued on Sunday after a tunnel collapsed at a coal mine. They had been trapped for two days and were taken to hospital.',
  ],
  [
    'Slave to the algorithm',
    'Streamers say they have become slaves to the algorithm. One said he was forced to post every day to keep his audience.',
  ],
  [
    'Minister forced to resign',
    'The transport minister was forced to resign on Tuesday after the scandal. Opposition leaders said the government was a slave to its donors.',
  ],
];
for (const [title, text, language] of UNRELATED) {
  test(`unrelated: ${title}`, () => assert.equal(judgeRelevance(article(title, text, language)).label, 'unrelated'));
}

// Exploitation told as behaviour in plain words (paid nothing, documents kept by the farmer, held at a farm).
test('incident: behaviour told in plain words about a group', () => {
  const r = judgeRelevance(
    article(
      'Court hears of migrants held at farm',
      'Court papers describe how 75 Romanian migrants were held at a farm near Wexley until police arrived. They were paid nothing and their documents were kept by the farmer.',
    ),
  );
  assert.equal(r.label, 'incident', JSON.stringify(r));
});

// Culture and technical metaphors: a TV review about trafficking; master–slave devices (en dash).
const NOT_NEWS: [title: string, text: string][] = [
  [
    'Review: Trafficked',
    'In this two-part miniseries a detective hunts a trafficking ring. One young woman after another is beaten and enslaved in the drama, which airs on Sunday.',
  ],
  [
    'Master–slave (technology)',
    'In engineering, master–slave is a relationship in which one system controls the other. A master clock drives the slave clocks, and a master cylinder drives a slave cylinder. The terminology is associated with slavery and has been replaced in some cases.',
  ],
];
for (const [title, text] of NOT_NEWS) {
  test(`unrelated: ${title}`, () => assert.equal(judgeRelevance(article(title, text)).label, 'unrelated'));
}
