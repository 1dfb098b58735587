// Names in a case: businesses are names (legal forms before or after, family firms, tagged organisations with a
// business's shape or context), never workplace nouns; accused people are named with a role or near a cue of
// accusation, including single names in passing; officials, lawyers, speakers and victims are not. Tables of
// short invented sentences, each with its false positives beside it; NER spans are hand-made (the contract of
// extractors/ner/types.ts), so these tests need no server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseArticle } from '../../extractors/analyse.js';
import { businessReason, findBusinessesIn } from '../../extractors/entities/businesses.js';
import { findEntityMentions } from '../../extractors/entities/index.js';
import { splitSentences } from '../../extractors/sentences.js';
import type { NerSentenceSpan } from '../../extractors/ner/types.js';
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

// [sentence, business names the rules must find]
const LEGAL_FORMS: [string, string[]][] = [
  [
    'Inspectors found the workers at a plant run by Harrow Valley Packers Ltd near the river.',
    ['Harrow Valley Packers Ltd'],
  ],
  ['The boats belonged to PT Samudra Jaya, a fishing company based in Ambon.', ['PT Samudra Jaya']],
  ['The kiln was leased by Nasir & Sons from a local landlord.', ['Nasir & Sons']],
  ['Gloves were made by Kinta Jaya Sdn Bhd for export.', ['Kinta Jaya Sdn Bhd']],
  ['The labour came through Crestline Staffing LLC, prosecutors said.', ['Crestline Staffing LLC']],
  ['Workers were recruited by Iqbal Bros of Lahore.', ['Iqbal Bros']],
  ['Рабочие трудились на складе ООО «Северный путь».', ['ООО «Северный путь»']],
  ['Мигранты работали в теплицах ИП Каримов без оплаты.', ['ИП Каримов']],
];
for (const [sentence, want] of LEGAL_FORMS) {
  test(`business by legal form: ${sentence}`, () => {
    const got = findBusinessesIn(sentence, 0).map((b) => b.name);
    for (const w of want) assert.ok(got.includes(w), `${w} not in ${JSON.stringify(got)}`);
    for (const b of findBusinessesIn(sentence, 0)) assert.ok(b.reason, 'every business carries its reason');
  });
}

// Workplace nouns are never businesses: they go to incident.workplace.
const WORKPLACE_ONLY: [title: string, text: string, language: string, workplace: string][] = [
  [
    'Police free 14 workers from brick kiln',
    'Police freed 14 labourers held in debt bondage at a brick kiln on Monday. The workers had not been paid for months and were forced to work 14 hours a day.',
    'en',
    'brick kiln',
  ],
  [
    'Trawler crew rescued',
    'Twelve fishermen were rescued from a trawler where they had been held in forced labour for two years. Their passports had been confiscated by the captain.',
    'en',
    'trawler',
  ],
  [
    'На ферме освободили рабов',
    'Полиция освободила пятерых мигрантов, которых удерживали на ферме. У них отобрали паспорта и заставляли работать без оплаты.',
    'ru',
    'ферма',
  ],
];
for (const [title, text, language, workplace] of WORKPLACE_ONLY) {
  test(`workplace noun is not a business: ${title}`, () => {
    const a = analyseArticle(article(title, text, language));
    assert.equal(a.relevance.label, 'incident');
    assert.deepEqual(a.incidents[0].businesses, []);
    assert.equal(a.incidents[0].workplace?.name, workplace);
  });
}

// Tagged organisations (hand-made NER spans) are businesses only with a business's shape or context.
const TAGGED: [sentence: string, org: string, business: boolean][] = [
  ['The workers were employed by Greenleaf to pick strawberries.', 'Greenleaf', true],
  ['The farm was owned by Sunvale, which denied the claims.', 'Sunvale', true],
  ['Customs issued a withhold release order against Hai Feng Fisheries.', 'Hai Feng Fisheries', true],
  ['Greenleaf’s packhouse managers kept the passports.', 'Greenleaf', true],
  // False positives: public bodies, NGOs, media, courts.
  ['The National Crime Agency said the investigation was continuing.', 'National Crime Agency', false],
  ['The charity Unseen runs the Modern Slavery Helpline.', 'Modern Slavery Helpline', false],
  ['Caritas Migrant Centre helped the workers find shelter.', 'Caritas Migrant Centre', false],
  ['The case was reported by the Daily Herald on Monday.', 'Daily Herald', false],
];
for (const [sentence, org, business] of TAGGED) {
  test(`tagged organisation ${org}: ${business ? 'business' : 'not a business'}`, () => {
    const at = sentence.indexOf(org);
    assert.equal(!!businessReason(org, sentence, at), business);
    const spans: NerSentenceSpan[][] = [[{ text: org, type: 'ORGANIZATION', start: at, end: at + org.length }]];
    const m = findEntityMentions(splitSentences(sentence), 'en', '', spans);
    assert.equal(
      m.businesses.some((b) => b.name === org),
      business,
    );
  });
}

// [title, text, accused, not accused]
const PERPETRATORS: [string, string, string[], string[]][] = [
  [
    'Kiln owner and son arrested',
    'Police freed 22 bonded labourers from a brick kiln. The owner, Ramesh, and his son Vinay were arrested on charges of bonded labour, said inspector Anil Sharma.',
    ['Ramesh', 'Vinay'],
    ['Anil Sharma'],
  ],
  [
    'Farmer charged with forced labour',
    'Farmer Gareth Pryce was charged with holding four men in forced labour on his farm. His lawyer, Helen Marsh, said he denied the charges.',
    ['Gareth Pryce'],
    ['Helen Marsh'],
  ],
  [
    'Recruiter jailed',
    'A recruiter, Joseph Banda, was jailed for eight years for trafficking 30 workers for forced labour. Judge Mary Okello said the victims had been deceived.',
    ['Joseph Banda'],
    ['Mary Okello'],
  ],
  [
    'Victims speak of abuse',
    'Tomasz Nowak, one of the victims, said the gang took his passport. Police arrested three men suspected of forced labour, said detective Claire Hughes.',
    [],
    ['Tomasz Nowak', 'Claire Hughes'],
  ],
];
for (const [title, text, accused, notAccused] of PERPETRATORS) {
  test(`perpetrators: ${title}`, () => {
    const a = analyseArticle(article(title, text));
    const got = a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name));
    for (const n of accused) assert.ok(got.includes(n), `${n} missing from ${JSON.stringify(got)}`);
    for (const n of notAccused) assert.ok(!got.includes(n), `${n} wrongly accused`);
    for (const p of a.incidents.flatMap((i) => i.perpetrators))
      assert.ok(p.reason, 'every perpetrator carries its reason');
  });
}

// Tagged people (hand-made NER spans) are accused only by their role or a cue, never as speakers.
test('NER people: roles decide who is accused', () => {
  const text =
    'Police arrested Dilnoza Karimova on suspicion of forced labour at her bakery, spokesman Peter Lund said.';
  const sentences = splitSentences(text);
  const span = (n: string): NerSentenceSpan => ({
    text: n,
    type: 'PERSON',
    start: text.indexOf(n),
    end: text.indexOf(n) + n.length,
  });
  const m = findEntityMentions(sentences, 'en', '', [[span('Dilnoza Karimova'), span('Peter Lund')]]);
  assert.ok(m.people.some((p) => p.name === 'Dilnoza Karimova'));
  const a = analyseArticle(
    article(
      'Bakery owner arrested over forced labour',
      `${text} Six workers were freed from the bakery after they were held without pay.`,
    ),
  );
  const got = a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name));
  assert.ok(got.includes('Dilnoza Karimova'), JSON.stringify(got));
  assert.ok(!got.includes('Peter Lund'));
});

// Site chrome: the publisher in a copyright line is not a business of the case.
test('a copyright line names no business', () => {
  assert.deepEqual(findBusinessesIn('Copyright 2025 Harbour Broadcast Media Inc. All rights reserved.', 0), []);
  assert.equal(businessReason('Harbour Broadcast Media Inc', 'Copyright 2025 Harbour Broadcast Media Inc', 15), null);
});
