// Unit tables for the analysis stages: event dates resolved against publication, victims' counts, demonyms,
// gazetteer places (English and Russian inflections), indicators with evidence, sentences, lemmas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEventDates, pickEventDate, referenceDate, resolveDates } from '../../extractors/dates.js';
import { findCounts, findVictims } from '../../extractors/victims.js';
import { victimNationalities } from '../../extractors/demonyms.js';
import { findPlaceMentions } from '../../extractors/places.js';
import { rankPlaces } from '../../extractors/place-ranking.js';
import { baseForm, lookupName, lookupRussian } from '../../extractors/gazetteer.js';
import { findIndicators } from '../../extractors/indicators.js';
import { splitSentences } from '../../extractors/sentences.js';
import { lemmatise } from '../../extractors/analyse.js';

const DATES: [sentence: string, published: string, lang: string, expected: string][] = [
  ['They were rescued by activists on October 29.', '2012-11-02', 'en', '2012-10-29'],
  ['Police raided the farm on Monday.', '2025-12-17', 'en', '2025-12-15'],
  ['The men were freed on December 30.', '2025-01-02', 'en', '2024-12-30'],
  ['Officers rescued the workers on Tuesday.', '2024-06-14', 'en', '2024-06-11'],
  ['Police raided the site on 5 August 2025.', '2025-08-08', 'en', '2025-08-05'],
  ['Активисты освободили их 29 октября.', '2012-11-02', 'ru', '2012-10-29'],
  ['В понедельник полиция освободила 12 человек.', '2012-11-01', 'ru', '2012-10-29'],
  ['Накануне в Казани волонтеры освободили из рабства пятерых человек.', '2024-10-30', 'ru', '2024-10-29'],
  ['В минувшую пятницу сотрудники ФСБ обнаружили на лесопилке шестерых граждан КНР.', '2024-10-30', 'ru', '2024-10-25'],
];
for (const [s, pub, lang, want] of DATES) {
  test(`date: ${s} (${pub})`, () => {
    const got = pickEventDate(findEventDates([{ text: s, index: 0 }], referenceDate(pub), lang));
    assert.equal(got, want);
  });
}
test('date: "last week" names no day, so no event date', () => {
  assert.equal(
    pickEventDate(
      findEventDates(
        [{ text: 'Officers rescued the workers last week.', index: 0 }],
        referenceDate('2024-06-14'),
        'en',
      ),
    ),
    null,
  );
});
test('date: an explicit future date is not the event', () => {
  assert.deepEqual(resolveDates('The hearing is set for March 3, 2026.', referenceDate('2025-12-01')!, 'en').length, 0);
});
test('date: the rescue outranks the court appearance', () => {
  const ref = referenceDate('2025-12-17');
  const events = findEventDates(
    [
      { text: 'Both were remanded in custody after appearing before magistrates on Tuesday.', index: 0 },
      { text: 'Officers searched two car washes on Monday morning.', index: 1 },
    ],
    ref,
    'en',
  );
  assert.equal(pickEventDate(events), '2025-12-15');
});

const COUNTS: [sentence: string, lang: string, counts: number[]][] = [
  [
    'They were among 14 migrants from Kazakhstan and Uzbekistan, including three children, rescued from slavery.',
    'en',
    [14, 3],
  ],
  ['Thirteen Slovak men were freed from a car wash.', 'en', [13]],
  ['Thirty-one children were rescued from embroidery units.', 'en', [31]],
  ['Police rescued 83 indigenous Rarámuri day laborers, including 19 minors.', 'en', [83, 19]],
  ['They worked 12 hours a day for 10 years.', 'en', []],
  ['The men, aged between 19 and 58, were taken to a reception centre.', 'en', []],
  ['Освобождены 12 человек — граждане Казахстана и Узбекистана, среди них трое детей.', 'ru', [12, 3]],
  ['Полиция освободила девять граждан Узбекистана.', 'ru', [9]],
  ['Сотрудники ФСБ обнаружили шестерых граждан КНР, которых удерживали в рабстве.', 'ru', [6]],
];
for (const [s, lang, want] of COUNTS) {
  test(`counts: ${s}`, () =>
    assert.deepEqual(
      findCounts(s, 0, lang).map((c) => c.count),
      want,
    ));
}
test('victims: the count of the rescue, not statistics', () => {
  const v = findVictims(
    [
      { text: 'Inspectors rescued 57 workers, four of them teenagers, from a coffee farm.', index: 0 },
      { text: 'Brazil rescued 3,240 workers from slave-like conditions in 2024, a record.', index: 5 },
    ],
    'en',
  );
  assert.equal(v.count, 57);
  assert.equal(v.minors, 4);
});

const DEMONYMS: [sentence: string, lang: string, expected: string[]][] = [
  ['Two Kazakh women said they were lured into slavery.', 'en', ['KZ']],
  ['Thirteen Slovaks were freed by police.', 'en', ['SK']],
  ['The crew — 23 Burmese and six Cambodian men — were rescued.', 'en', ['MM', 'KH']],
  ['Uighur workers were sent to the plant.', 'en', ['CN']],
  ['They were among 14 migrants from Kazakhstan and Uzbekistan.', 'en', ['KZ', 'UZ']],
  ['Russian civic activists freed the women.', 'en', []],
  ['She appealed to the Kazakh Embassy for assistance.', 'en', []],
  ['Освобождены 12 выходцев из Казахстана и Узбекистана.', 'ru', ['KZ', 'UZ']],
  ['Среди освобождённых — таджики и узбеки.', 'ru', ['TJ', 'UZ']],
];
for (const [s, lang, want] of DEMONYMS) {
  test(`demonyms: ${s}`, () => assert.deepEqual(victimNationalities(s, lang).sort(), [...want].sort()));
}

test('gazetteer: English and Russian names, inflected', () => {
  assert.equal(lookupName('Moscow')[0].country, 'RU');
  assert.equal(lookupRussian('Москве')[0].name, 'Moscow');
  assert.equal(lookupRussian('Казахстана')[0].country, 'KZ');
  assert.equal(lookupRussian('Екатеринбурге')[0].name, 'Yekaterinburg');
});

test('gazetteer: a name set in capitals (dateline, headline) is written as the entry spells it', () => {
  const form = (written: string, name = written) => baseForm(written, lookupName(name)[0]);
  assert.equal(form('PATTANI', 'Pattani'), 'Pattani');
  // the letters as written, only their case changes ("SAO" keeps no accent it did not have)
  assert.equal(form('SAO PAULO', 'Sao Paulo'), 'Sao Paulo');
  assert.equal(baseForm('МОСКВЕ', lookupRussian('Москва')[0]), 'Москва');
  assert.equal(form('Pattani'), 'Pattani');
  // an acronym stays as written
  assert.equal(baseForm('UK', lookupName('United Kingdom')[0]), 'UK');
});

test('gazetteer: a Russian mention in its nominative, also of a place known only by its Latin name', () => {
  const form = (written: string) => baseForm(written, lookupRussian(written)[0]);
  assert.equal(form('Дагестана'), 'Дагестан');
  assert.equal(form('Камчатке'), 'Камчатка');
  assert.equal(form('Балашихе'), 'Балашиха');
  // an alias in capitals is a map's label, not a text's spelling
  assert.equal(form('Каспийска'), 'Каспийск');
});

const PLACES: [sentence: string, lang: string, place: string, country: string][] = [
  ['Police raided a farm near Sabaudia in the province of Latina, Italy.', 'en', 'Sabaudia', 'IT'],
  ['Two Kazakh women were held in a supermarket in Moscow.', 'en', 'Moscow', 'RU'],
  ['Migrants from Kazakhstan were freed in Moscow.', 'en', 'Moscow', 'RU'],
  ['В магазине на востоке Москвы освободили мигрантов из Узбекистана.', 'ru', 'Moscow', 'RU'],
  ['Twelve men were found on a vegetable farm near Boston, Lincolnshire.', 'en', 'Boston', 'GB'],
  ["Police freed nine men from a brick factory in Kazakhstan's Turkestan region.", 'en', 'Turkestan', 'KZ'],
  ['Под Каспийском освободили десять человек.', 'ru', 'Kaspiysk', 'RU'],
];
test('places: a dateline and a court town weigh less than the place of the rescue', () => {
  const mentions = [
    ...findPlaceMentions('ROME, June 12 (Wire) - Police freed 33 workers, a court in Rome heard.', 0, 'en', true),
    ...findPlaceMentions('They were found in greenhouses near Sabaudia.', 1, 'en'),
  ];
  assert.equal(rankPlaces(mentions, () => 1)[0]?.name, 'Sabaudia');
});
for (const [s, lang, place, cc] of PLACES) {
  test(`places: ${s}`, () => {
    const ranked = rankPlaces(findPlaceMentions(s, 0, lang), () => 1);
    // canonical is the GeoNames name; name is as the article writes it («Москвы» → «Москва»).
    assert.equal(ranked[0]?.canonical, place);
    assert.equal(ranked[0]?.country, cc);
  });
}
test('places: an origin is not the place of exploitation', () => {
  const mentions = findPlaceMentions('Workers from Senegal, Mali and the Gambia were found in Lleida.', 0, 'en');
  assert.deepEqual(
    rankPlaces(mentions, () => 1).map((p) => p.country),
    ['ES'],
  );
});

const INDICATORS: [sentence: string, lang: string, id: string][] = [
  ['They were lured to Moscow on the promise of a job.', 'en', 'deception'],
  ['"I never left the shop once," she said.', 'en', 'restriction_of_movement'],
  ['I tried a couple of times and they beat me.', 'en', 'physical_and_sexual_violence'],
  ['They handed over their passports to the proprietors.', 'en', 'retention_of_identity_documents'],
  ['They were told they owed £400 each for the journey.', 'en', 'debt_bondage'],
  ['They had not been paid for seven months.', 'en', 'withholding_of_wages'],
  ['We worked seven days a week.', 'en', 'excessive_overtime'],
  ['The men slept on mattresses on the floor.', 'en', 'abusive_working_and_living_conditions'],
  ['They were threatened with deportation.', 'en', 'intimidation_and_threats'],
  ['У них отобрали паспорта.', 'ru', 'retention_of_identity_documents'],
  ['Их избивали и не выпускали из магазина.', 'ru', 'physical_and_sexual_violence'],
  ['Работать заставляли по 18 часов в сутки без выходных.', 'ru', 'excessive_overtime'],
];
for (const [s, lang, id] of INDICATORS) {
  test(`indicator ${id}: ${s}`, () => {
    const found = findIndicators([s], lang);
    const hit = found.find((i) => i.id === id);
    assert.ok(hit, `found ${found.map((i) => i.id).join(',')}`);
    assert.equal(hit.evidence, s);
  });
}

test('sentences: abbreviations and initials do not split', () => {
  const s = splitSentences('Mr. Smith met Dr. Jones in St. Petersburg. J. K. Rowling was there. Then they left!');
  assert.equal(s.length, 3);
});

test('lemmatise: inflections share a stem', () => {
  assert.equal(lemmatise('trafficked', 'en'), lemmatise('trafficking', 'en'));
  assert.equal(lemmatise('рабства', 'ru'), lemmatise('рабство', 'ru'));
});
